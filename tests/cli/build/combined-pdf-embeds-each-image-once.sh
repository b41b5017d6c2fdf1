# Thirty posters from one table, each with the same PNG logo, SVG logo and
# JPEG photo: the combined PDF and the proof sheet carry each image once
# (cairo's unique id from the file's content), however many pages show it.
# Without it each page had its own copy: 30 JPEG and 30 PNG image objects
# and 30 forms for the SVG, and the set was 487 KB instead of 34 KB. The
# proof's forms are its thumbnails' groups (one a flyer) and the SVG's.
cp data/artwork/logo.svg data/artwork/photo.jpg data/templates/good/logo.png .
python3 -c 'print("code"); [print("s%02d" % i) for i in range(30)]' >rows.csv
cat >poster.yaml <<'YAML'
page: { size: A5, bleed: 3mm }
elements:
  - image: { src: logo.svg, at: [10mm, 10mm], width: 60mm }
  - image: { src: photo.jpg, at: [10mm, 50mm], width: 50.8mm }
  - image: { src: logo.png, at: [100mm, 10mm], width: 3mm }
  - text: { text: "{{placement.id}}", at: [10mm, 120mm], width: 100mm, font: "DejaVu Sans 14" }
YAML
cat >spec.yaml <<'YAML'
campaign: { name: "Posters", landing: "https://example.org/" }
events:
  - { id: e, title: "Rally", date: 2027-01-05 }
placements:
  - { id: "poster-{{row.code}}", rows: rows.csv, event: e, source: poster, medium: print,
      content: "{{row.code}}", template: poster.yaml, qr: false }
YAML
"$CAMPAIGN" build spec.yaml -o out --now 2026-11-25 --format pdf --combine set.pdf --quiet >/dev/null
for pdf in set.pdf out/proof.pdf; do
	qpdf --check $pdf >/dev/null
	echo "$pdf: $(pdfinfo $pdf | awk '/^Pages/ { print $2 }') pages"
	# type, size, encoding and object number of each image drawn, once per object
	pdfimages -list $pdf | awk 'NR > 2 { print $3, $4, $5, $9, $11 }' | sort -u | awk '{ print $1, $2, $3, $4 }'
	qpdf --qdf --object-streams=disable $pdf qdf.pdf
	echo "forms: $(grep -c '/Subtype /Form' qdf.pdf)"
done
