# A page in pixels (a social image) is seen on a screen pixel for pixel:
# an image as wide as its box is right there and draws no warning (it used
# to get "prints at 96 dpi; print needs 300"), an enlarged one is named in
# pixels; on paper the 300 dpi rule stays.
python3 - <<'PY'
import struct, zlib
def png(w, h, path):
    def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\0" + bytes([90, 120, 200]) * w for _ in range(h))
    open(path, "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                           + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
png(1080, 600, "full.png")
png(540, 300, "half.png")
PY
cat > post.yaml <<'YAML'
page: { size: [1080px, 1080px] }
elements:
  - image: { src: full.png, at: [0, 0], width: 1080px }
  - image: { src: half.png, at: [0, 600px], width: 1080px }
YAML
"$CAMPAIGN" render post.yaml -o post.png --now 2026-12-01
echo "post: exit $?"
cat > card.yaml <<'YAML'
page: { size: A6, marks: false }
elements:
  - image: { src: full.png, at: [0, 0], width: 105mm }
YAML
"$CAMPAIGN" render card.yaml -o card.pdf --now 2026-12-01
echo "card: exit $?"
