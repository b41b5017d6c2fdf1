# A shop's promotion has no dated event: no `events:`, placements without
# `event:`. They take the campaign's landing, share one tag made from its
# name, and a template's {{event.title}} prints the name. The ledger and the
# manifest have no event for them, and resolve still finds them. A template
# that prints an event's date, time or venue is an error at validation,
# once per placement, before anything is written.
cat > promo.yaml <<'YAML'
template: promo
page: { size: A6, bleed: 3mm, safe: 5mm }
elements:
  - text: { text: "{{event.title}}", at: [8mm, 10mm], width: 88mm, height: 20mm, shrink: true, font: "DejaVu Sans Bold 20" }
  - text: { text: "{{hashtag}}", at: [8mm, 35mm], width: 88mm, height: 8mm, font: "DejaVu Sans 9" }
  - text: { text: "{{var.call}} {{phone}}", at: [8mm, 45mm], width: 88mm, height: 8mm, font: "DejaVu Sans 9" }
  - qr: { data: "{{url}}", at: [8mm, 60mm], size: 35mm }
YAML
cat > shop.yaml <<'YAML'
campaign:
  name: "Winter sale at Corner Books"
  landing: https://example.org/sale
  language: en
  phones:
    country_code: 44
    pool: ["+44 7700 900123", "+44 20 7946 0958"]
placements:
  - id: window
    source: poster
    medium: print
    template: promo.yaml
    phone: true
  - id: insta
    source: instagram
    medium: social
YAML
"$CAMPAIGN" validate shop.yaml
"$CAMPAIGN" build shop.yaml -o out --now 2026-12-01 --quiet
grep -v '^#' shop.ledger
cut -d, -f1-4,9 out/manifest.csv
pdftotext out/flyers/window.pdf - | grep .
zbarimg -q --raw out/flyers/window.png 2>/dev/null
"$CAMPAIGN" resolve out/manifest.json '#wintersaleatcornerbooks'
cat >> shop.yaml <<'YAML'
  - id: counter
    source: flyer
    medium: print
    content: counter
    template: flyer-a6
    phone: true
YAML
status=0
"$CAMPAIGN" validate shop.yaml --now 2026-12-01 || status=$? # the build's clock: the ledger is dated by it
echo "exit $status"
