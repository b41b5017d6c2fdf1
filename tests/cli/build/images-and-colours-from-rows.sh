# Issue 17: a rect's fill, a text's colour and an image's file from a
# table's row. Three rows, a PNG, a JPEG and the PNG's bytes again under
# another name: each flyer shows its own image (pdfimages) and colour
# (pixels of the PNG page: the rect's fill, the text's block); the photos'
# paths are read from the table's folder. In the combined PDF the third
# row's copy is the first one's image object: decoded once, embedded once.
cp data/templates/good/logo.png data/artwork/photo.jpg .
mkdir -p tables/photos
cp logo.png tables/photos/anna.png
cp photo.jpg tables/photos/boris.jpg
cp logo.png tables/photos/vera.png
cat >tables/people.csv <<'CSV'
code,photo,colour
anna,photos/anna.png,#d62828
boris,photos/boris.jpg,#1e7932
vera,photos/vera.png,#1e3a8a
CSV
cat >card.yaml <<'YAML'
page: { size: A6, safe: 4mm }
elements:
  - rect: { at: [0mm, 0mm], size: [105mm, 20mm], fill: "{{row.colour}}" }
  - image: { src: "{{row.photo}}", at: [10mm, 30mm], width: 50.8mm }
  - text: { text: "██", at: [10mm, 100mm], font: "DejaVu Sans 40", color: "{{row.colour}}" }
YAML
cat >spec.yaml <<'YAML'
campaign: { name: "Cards", landing: "https://example.org/" }
events:
  - { id: e, title: "Rally", date: 2027-01-05 }
placements:
  - { id: "card-{{row.code}}", rows: tables/people.csv, event: e, source: card, medium: print,
      content: "{{row.code}}", template: card.yaml, qr: false }
YAML
"$CAMPAIGN" build spec.yaml -o out --now 2026-11-25 --combine set.pdf --quiet >/dev/null
for code in anna boris vera; do
	# type, size and encoding of the image each flyer draws
	echo "$code: $(pdfimages -list out/flyers/card-$code.pdf | awk 'NR > 2 { print $3, $4, $5, $9 }')"
	python3 "$TESTS/cli/helpers/png_pixels.py" out/flyers/card-$code.png \
		0.5,0.05=$(awk -F, -v c=$code '$1 == c { print $3 }' tables/people.csv) \
		0.15,0.73=$(awk -F, -v c=$code '$1 == c { print $3 }' tables/people.csv)
done
# page, size, encoding and object number: the PNG of rows 1 and 3 is one object
pdfimages -list set.pdf | awk 'NR > 2 { print $1, $4, $5, $9, $11 }'
