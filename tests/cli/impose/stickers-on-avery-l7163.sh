# A sheet of QR stickers on the real Avery L7163 of the installed glabels-data
# package. The product's geometry, read from its XML independently here, is
# the published one to 0.1 mm: 99.1 x 38.1 mm labels, 2 x 7, on A4. Each
# sticker lies at the place the XML gives (its red ground starts at the
# label's corner), is clipped to the label's round corners, and every one
# of the 14 QR codes scans.
xml=/usr/share/libglabels-3.0/templates/avery-iso-templates.xml
python3 - "$xml" <<'PY'
import sys, xml.etree.ElementTree as ET
t = [e for e in ET.parse(sys.argv[1]).getroot() if e.get("part") == "7163"][0]
r = t.find("Label-rectangle"); l = r.find("Layout")
mm = lambda pt: float(pt) * 25.4 / 72
w, h = mm(r.get("width")), mm(r.get("height"))
assert abs(w - 99.1) <= 0.1 and abs(h - 38.1) <= 0.1, (w, h)
assert (l.get("nx"), l.get("ny"), t.get("size")) == ("2", "7", "A4")
print(f"Avery 7163 in glabels-data: {w:.1f} x {h:.1f} mm, {l.get('nx')} x {l.get('ny')}, {t.get('size')}, "
      f"first at {l.get('x0')}, {l.get('y0')} pt, {l.get('dx')} and {l.get('dy')} pt apart")
PY
"$CAMPAIGN" templates --labels | grep -E '^Avery (L7163|J8160|5160) '
"$CAMPAIGN" render data/labels/sticker.yaml --now 2026-12-01 --set url="https://example.org/r?utm_source=sticker" \
	--labels "Avery L7163" -o stickers.pdf
pdfinfo -box stickers.pdf | grep -E '^(Pages|Page size|TrimBox)'
pdftoppm -r 72 -gray stickers.pdf page
# First label at (9.5, 43) pt, 280.9 x 108; the second column 292 pt on, the last row 6 x 108 on;
# its corner (9.6, 43.2) is cut round (5 pt), so white.
for xy in "12 50" "7 50" "304 50" "300 50" "12 697" "12 40" "12 44" "9.6 43.2"; do
	printf '%s: ' "$xy"; python3 "$TESTS/cli/helpers/sheet_pixels.py" ink page-1.pgm $xy
done
pdftoppm -r 150 -png stickers.pdf scan
zbarimg --quiet scan-1.png 2>/dev/null | sort | uniq -c
# A template's page may name the product instead of a size: the example's
# sticker is 280.9 x 108 pt (99.1 x 38.1 mm), as the XML says, with its 2 mm
# bleed around; a product that is not there, or a size as well, is an error.
"$CAMPAIGN" render examples/stickers/qr-sticker.yaml --now 2026-12-01 --set url="https://example.org/r" \
	--set hashtag="#Rally" -o one.pdf
pdfinfo -box one.pdf | grep -E '^(Page size|TrimBox)'
sed 's/Avery L7163"/Avery L7136"/' examples/stickers/qr-sticker.yaml > typo.yaml
"$CAMPAIGN" render ./typo.yaml --set url="https://example.org/r" --set hashtag="#Rally" -o typo.pdf 2>&1 || echo "exit $?"
sed 's/^  label: .*/&\n  size: A4/' examples/stickers/qr-sticker.yaml > both.yaml
"$CAMPAIGN" render ./both.yaml --set url="https://example.org/r" --set hashtag="#Rally" -o both.pdf 2>&1 || echo "exit $?"
