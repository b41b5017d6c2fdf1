# A sheet template (--sheet-template) that takes an image and a colour from
# the table's row gets them as the placement's own flyer does, and is
# checked before the first write: a row naming a missing photo fails the
# build with the cell located and nothing written, not the ledger and then
# every sheet ("only a build of a spec with a rows: table reads it").
cp data/templates/good/logo.png .
mkdir -p tables/photos
cp logo.png tables/photos/anna.png
cp logo.png tables/photos/boris.png
printf 'code,photo,colour\nanna,photos/anna.png,#d62828\nboris,photos/missing.png,#1e7932\n' >tables/people.csv
printf 'page: { size: A6 }\nelements:\n  - rect: { at: [0mm, 0mm], size: [105mm, 20mm], fill: "#222222" }\n' >card.yaml
cat >sticker.yaml <<'YAML'
page: { size: [90mm, 30mm], marks: false }
elements:
  - image: { src: "{{row.photo}}", at: [5mm, 5mm], width: 20mm }
  - rect: { at: [30mm, 5mm], size: [20mm, 20mm], fill: "{{row.colour}}" }
YAML
cat >spec.yaml <<'YAML'
campaign: { name: "Cards", landing: "https://example.org/" }
events:
  - { id: e, title: "Rally", date: 2027-01-05 }
placements:
  - { id: "card-{{row.code}}", rows: tables/people.csv, event: e, source: card, medium: print,
      content: "{{row.code}}", template: card.yaml, qr: false }
YAML
"$CAMPAIGN" build spec.yaml -o out --now 2026-11-25 --sheet A4 --sheet-template sticker.yaml --quiet || echo "exit $?"
test ! -e out && test ! -e spec.ledger && echo "nothing written"
sed -i 's|photos/missing.png|photos/boris.png|' tables/people.csv
"$CAMPAIGN" build spec.yaml -o out --now 2026-11-25 --sheet A4 --sheet-template sticker.yaml --quiet
# each sheet draws its row's photo (600 x 200), once per sticker
for code in anna boris; do
	echo "$code: $(pdfimages -list out/sheets/card-$code.pdf | awk 'NR > 2 { print $4 "x" $5 }' | sort | uniq -c)"
done
