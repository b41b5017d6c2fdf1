# An SVG logo and a JPEG photo on one flyer. The PDF keeps the SVG as
# vectors (pdfimages lists the photo alone) and carries the JPEG's own bytes
# (extracted and compared); the PNG page shows both, sampled where each lies:
# the logo's circle and triangle, the photo's sun and grass.
cp data/artwork/logo.svg data/artwork/photo.jpg .
cat >t.yaml <<'YAML'
page: { size: A6, bleed: 3mm, safe: 4mm }
elements:
  - image: { src: logo.svg, at: [8mm, 8mm], width: 40mm }
  - image: { src: photo.jpg, at: [8mm, 30mm], width: 50.8mm }
YAML
"$CAMPAIGN" render t.yaml -o t.pdf --now 2026-12-01
"$CAMPAIGN" render t.yaml -o t.png --dpi 150
pdfimages -list t.pdf | awk 'NR > 2 { print $3, $4, $5, $9 }'
pdfimages -j t.pdf extracted
cmp extracted-000.jpg photo.jpg && echo "the photo's bytes are in the PDF unchanged"
python3 "$TESTS/cli/helpers/png_pixels.py" t.png \
	0.3429,0.1081=#1e3a8a 0.1905,0.1149=#ffffff 0.2455,0.3057=#ffc828 0.4000,0.4200=#1e7932
# A progressive JPEG (ten scans, as libjpeg makes them) is well within the scan limit.
cp data/artwork/photo-progressive.jpg .
sed 's/photo.jpg/photo-progressive.jpg/' t.yaml >p.yaml
"$CAMPAIGN" render p.yaml -o p.png --dpi 150
python3 "$TESTS/cli/helpers/png_pixels.py" p.png 0.2455,0.3057=#ffc828
