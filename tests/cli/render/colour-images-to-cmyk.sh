# With --output-profile, PNG and JPEG artwork becomes CMYK too (pdfimages
# -list: the same size, 4 components), converted as the colours are: the
# first sample of a flat red PNG is the same inks, to the 8-bit step, as the
# red rect beside it (read back through qpdf). Without a profile both stay
# RGB and the JPEG keeps its bytes.
cp data/artwork/photo.jpg .
python3 - <<'PY'
import struct, zlib
raw = b"".join(b"\0" + bytes((0xc6, 0x28, 0x28)) * 256 for _ in range(256))
chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
open("red.png", "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 256, 256, 8, 2, 0, 0, 0))
                            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
PY
cat > t.yaml <<'YAML'
page: { size: A6, bleed: 3mm, safe: 4mm }
elements:
  - rect: { at: [8mm, 8mm], size: [20mm, 20mm], fill: "#c62828" }
  - image: { src: red.png, at: [30mm, 8mm], width: 20mm }
  - image: { src: photo.jpg, at: [8mm, 30mm], width: 50.8mm }
YAML
icc=/usr/share/color/icc/ghostscript/ps_cmyk.icc
"$CAMPAIGN" render t.yaml -o rgb.pdf --now 2026-12-01
"$CAMPAIGN" render t.yaml -o cmyk.pdf --now 2026-12-01 --output-profile "$icc"
for f in rgb cmyk; do
	qpdf --check "$f.pdf" >/dev/null
	echo "$f.pdf:"
	pdfimages -list "$f.pdf" | awk 'NR > 2 { print $4 "x" $5, $6, $7, $9 }'
done
qpdf --qdf --object-streams=disable cmyk.pdf q.pdf
rect=$(grep -a -o -E '^[0-9.]+ [0-9.]+ [0-9.]+ [0-9.]+ k' q.pdf | grep -v '^0 0 0 ' | head -1)
png=$(pdfimages -list cmyk.pdf | awk 'NR == 3 { print $11 }')
qpdf --show-object="$png" --filtered-stream-data cmyk.pdf | head -c 4 | od -An -tu1 >sample
python3 - "$rect" <<'PY'
import sys
rect = [round(float(v) * 255) for v in sys.argv[1].split()[:4]]
sample = [int(v) for v in open("sample").read().split()]
print("rect", rect, "PNG", sample, "same inks" if all(abs(a - b) <= 1 for a, b in zip(rect, sample)) else "different")
PY
pdfimages -j rgb.pdf extracted
cmp extracted-001.jpg photo.jpg && echo "without a profile the photo's bytes are in the PDF unchanged"
