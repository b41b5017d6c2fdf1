# Texts from the spec's `vars:`: the campaign's, overridden by the event's,
# overridden by the placement's (a rows: placement's from its row), and the
# built-in text of the flyer's language where no level gives one. Read
# back from the rendered PDFs with pdftotext.
cp data/templates/good/spec-texts.yaml texts.yaml
cat > rally.yaml <<'YAML'
campaign:
  name: Rally
  landing: https://example.org/rally
  language: en
  vars: { cta: "Campaign CTA", call: "Campaign call", slogan: "Campaign slogan" }
events:
  - id: rally
    title: Rally
    date: 2026-12-05
    vars: { call: "Event call", slogan: "Event slogan" }
  - id: march
    title: March
    date: 2026-12-06
placements:
  - id: flyer
    event: rally
    source: flyer
    medium: print
    template: texts.yaml
    vars: { slogan: "Placement slogan" }
  - id: flyer-event
    event: rally
    source: flyer
    medium: print
    content: event
    template: texts.yaml
  - id: flyer-campaign
    event: march
    source: flyer
    medium: print
    content: campaign
    template: texts.yaml
  - id: "poster-{{row.site}}"
    rows: sites.csv
    event: rally
    source: poster
    medium: outdoor
    content: "{{row.site}}"
    template: texts.yaml
    vars: { slogan: "{{row.slogan}}", cta: "Placement CTA" }
YAML
printf 'site,slogan\nnorth,Row slogan north\nsouth,Row slogan south\n' > sites.csv
"$CAMPAIGN" build rally.yaml -o out --now 2026-12-01 --format pdf --quiet
for id in flyer flyer-event flyer-campaign poster-north poster-south; do
	echo "== $id"
	pdftotext out/flyers/$id.pdf - | grep .
done
