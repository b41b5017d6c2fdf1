# A template may come from someone else (downloaded beside campaign.yaml):
# the images its own `src:` names come from its folder and the folders
# --allow-images names (build, validate, render), never from the spec's
# folder unless allowed, by ../ or by an absolute path. An image the spec
# names itself, a `{{row.NAME}}` cell of its table, may come from the
# spec's folder. A symbolic link is judged by where it leads, and a DIR
# that is no folder is a usage error.
mkdir -p camp/downloads elsewhere secret
cp data/artwork/photo.jpg camp/secret.jpg
cp data/templates/good/logo.png camp/logo.png
cp data/artwork/photo.jpg elsewhere/photo.jpg
cp data/artwork/photo.jpg secret/photo.jpg
ln -s ../../secret/photo.jpg camp/downloads/link.jpg
card() { # SRC: the template's image
	cat > camp/downloads/card.yaml <<YAML
template: card
page: { size: A6, bleed: 2mm, safe: 4mm }
elements:
  - image: { src: "$1", at: [8mm, 8mm], width: 50mm }
  - text: { text: "{{event.title}}", at: [8mm, 80mm], width: 89mm, font: "DejaVu Sans Bold 20" }
  - qr: { data: "{{url}}", at: [60mm, 100mm], size: 35mm }
YAML
}
cat > camp/campaign.yaml <<'YAML'
campaign:
  name: Rally
  landing: https://example.org/rally
events:
  - id: rally
    title: Rally
    date: 2026-12-05
placements:
  - id: flyer
    event: rally
    source: flyer
    medium: print
    template: downloads/card.yaml
YAML
echo "== a template's own src: into the spec's folder, by ../ and by an absolute path"
card ../secret.jpg
"$CAMPAIGN" build camp/campaign.yaml -o out --now 2026-11-25 --format pdf --quiet || echo "exit $?"
test ! -e out && echo "nothing written"
card "$PWD/camp/secret.jpg"
{ "$CAMPAIGN" validate camp/campaign.yaml --now 2026-11-25 || echo "exit $?"; } 2>&1 | sed "s|$PWD/|PWD/|g"
echo "== the spec's folder allowed: the template's src: is taken"
card ../secret.jpg
"$CAMPAIGN" build camp/campaign.yaml -o out --now 2026-11-25 --format pdf --quiet --allow-images camp
pdfimages -list out/flyers/flyer.pdf | awk 'NR > 2 { print $4 "x" $5, $6 }'
echo "== the spec's table names a logo beside campaign.yaml: taken without --allow-images"
card "{{row.logo}}"
printf 'code,logo\nnorth,logo.png\n' > camp/logos.csv
cat > camp/rows.yaml <<'YAML'
campaign: { name: Rally, landing: "https://example.org/rally" }
events:
  - { id: rally, title: Rally, date: 2026-12-05 }
placements:
  - { id: "flyer-{{row.code}}", rows: logos.csv, event: rally, source: flyer, medium: print,
      content: "{{row.code}}", template: downloads/card.yaml }
YAML
"$CAMPAIGN" build camp/rows.yaml -o rows-out --now 2026-11-25 --format pdf --quiet
pdfimages -list rows-out/flyers/flyer-north.pdf | awk 'NR > 2 { print $4 "x" $5, $6 }'
echo "== elsewhere, then allowed"
card ../../elsewhere/photo.jpg
"$CAMPAIGN" validate camp/campaign.yaml --now 2026-11-25 || echo "exit $?"
"$CAMPAIGN" validate camp/campaign.yaml --now 2026-11-25 --allow-images elsewhere
echo "== a link out of every allowed folder, then allowed where it leads"
card link.jpg
"$CAMPAIGN" validate camp/campaign.yaml --now 2026-11-25 --allow-images camp || echo "exit $?"
"$CAMPAIGN" validate camp/campaign.yaml --now 2026-11-25 --allow-images secret
echo "== render: no spec, so the template's folder and --allow-images"
card ../secret.jpg
"$CAMPAIGN" render camp/downloads/card.yaml --set event.title=Rally --set url=https://example.org/r \
	-o card.pdf --now 2026-11-25 || echo "exit $?"
"$CAMPAIGN" render camp/downloads/card.yaml --set event.title=Rally --set url=https://example.org/r \
	-o card.pdf --now 2026-11-25 --allow-images camp
pdfimages -list card.pdf | awk 'NR > 2 { print $4 "x" $5, $6 }'
"$CAMPAIGN" render camp/downloads/card.yaml -o card.pdf --allow-images nowhere || echo "exit $?"
"$CAMPAIGN" build camp/campaign.yaml -o out --allow-images camp/campaign.yaml || echo "exit $?"
