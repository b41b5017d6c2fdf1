# A template's images come from its own folder, the folder of the spec that
# uses it, and the folders --allow-images names (build, validate, render):
# a ../ escape elsewhere is refused at the image's line, a symbolic link
# is judged by where it leads, and a DIR that is no folder is a usage error.
mkdir -p camp/templates elsewhere secret
cp data/artwork/photo.jpg camp/photo.jpg
cp data/artwork/photo.jpg elsewhere/photo.jpg
cp data/artwork/photo.jpg secret/photo.jpg
ln -s ../../secret/photo.jpg camp/templates/link.jpg
card() { # SRC: the template's image
	cat > camp/templates/card.yaml <<YAML
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
    template: templates/card.yaml
YAML
echo "== the spec's folder"
card ../photo.jpg
"$CAMPAIGN" build camp/campaign.yaml -o out --now 2026-11-25 --format pdf --quiet
pdfimages -list out/flyers/flyer.pdf | awk 'NR > 2 { print $4 "x" $5, $6 }'
echo "== elsewhere, then allowed"
card ../../elsewhere/photo.jpg
"$CAMPAIGN" validate camp/campaign.yaml --now 2026-11-25 || echo "exit $?"
"$CAMPAIGN" validate camp/campaign.yaml --now 2026-11-25 --allow-images elsewhere
echo "== a link out of every allowed folder, then allowed where it leads"
card link.jpg
"$CAMPAIGN" validate camp/campaign.yaml --now 2026-11-25 --allow-images elsewhere || echo "exit $?"
"$CAMPAIGN" validate camp/campaign.yaml --now 2026-11-25 --allow-images secret
echo "== render: no spec, so the template's folder and --allow-images"
card ../photo.jpg
"$CAMPAIGN" render camp/templates/card.yaml --set event.title=Rally --set url=https://example.org/r \
	-o card.pdf --now 2026-11-25 || echo "exit $?"
"$CAMPAIGN" render camp/templates/card.yaml --set event.title=Rally --set url=https://example.org/r \
	-o card.pdf --now 2026-11-25 --allow-images camp
pdfimages -list card.pdf | awk 'NR > 2 { print $4 "x" $5, $6 }'
"$CAMPAIGN" render camp/templates/card.yaml -o card.pdf --allow-images nowhere || echo "exit $?"
"$CAMPAIGN" build camp/campaign.yaml -o out --allow-images camp/campaign.yaml || echo "exit $?"
