# A template colour given as cmyk() is written into the PDF exactly as given
# (read back from the content stream), while the PNG shows its conversion to
# RGB for screens; a malformed cmyk() is an error at its place.
cat > t.yaml <<'YAML'
page: { size: A6, bleed: 3mm, safe: 5mm }
elements:
  - rect: { at: [0, 0], size: [105mm, 30mm], fill: "cmyk(0, 100, 100, 0)", bleed: true }
  - text: { text: "Spot", at: [10mm, 40mm], width: 80mm, font: "DejaVu Sans Bold 30", color: "cmyk(100, 50, 0, 12.5)" }
YAML
"$CAMPAIGN" render t.yaml --now 2026-12-01 -o t.pdf
qpdf --check t.pdf >/dev/null
qpdf --qdf --object-streams=disable t.pdf q.pdf
grep -a -o '^[0-9. ]* [kK]' q.pdf | sort -u
"$CAMPAIGN" render t.yaml --now 2026-12-01 -o t.png --dpi 72
# The red band's first pixel in the PNG (8-bit RGB): C0 M100 Y100 K0 is #ff0000 on screens.
python3 - <<'PY'
import struct, zlib
d = open("t.png", "rb").read()
p, idat = 8, b""
while p < len(d):
    n, = struct.unpack(">I", d[p:p + 4])
    if d[p + 4:p + 8] == b"IHDR":
        colour_type = d[p + 17]
    if d[p + 4:p + 8] == b"IDAT":
        idat += d[p + 8:p + 8 + n]
    p += 12 + n
print("PNG colour type", colour_type, "first pixel", zlib.decompress(idat)[1:4].hex())
PY
cat > bad.yaml <<'YAML'
page: { size: A6 }
elements:
  - rect: { at: [0, 0], size: [10mm, 10mm], fill: "cmyk(0, 100, 100)" }
  - rect: { at: [0, 0], size: [10mm, 10mm], fill: "cmyk(0, 100, 100, 0.25)" }
YAML
"$CAMPAIGN" render bad.yaml -o bad.pdf || echo "exit $?"
ls bad.pdf 2>/dev/null || echo "bad.pdf not written"
