# A template that prints a {{var.NAME}} no level of the spec gives and no
# built-in text has is an error at the template's element, before anything
# is written, with the nearest name the spec has; as is a name a
# placeholder could not write, or a placeholder in a text without rows:.
cat > texts.yaml <<'YAML'
template: texts
page: { size: A6, bleed: 3mm, safe: 5mm }
elements:
  - text: { text: "{{var.cta}}", at: [8mm, 10mm], width: 88mm, height: 8mm, font: "DejaVu Sans 9" }
  - text: { text: "{{var.slogn}}", at: [8mm, 20mm], width: 88mm, height: 8mm, font: "DejaVu Sans 9" }
YAML
cat > rally.yaml <<'YAML'
campaign:
  name: Rally
  landing: https://example.org/rally
  vars: { slogan: "Fair pay now" }
events:
  - id: rally
    title: Rally
    date: 2026-12-05
placements:
  - id: flyer
    event: rally
    source: flyer
    medium: print
    template: texts.yaml
YAML
status=0
"$CAMPAIGN" build rally.yaml -o out --now 2026-12-01 || status=$?
echo "exit $status"
ls
cat > rally.yaml <<'YAML'
campaign:
  name: Rally
  landing: https://example.org/rally
  vars: { "call us": "Call", title: "{{event.title}}" }
events:
  - id: rally
    title: Rally
    date: 2026-12-05
placements:
  - id: flyer
    event: rally
    source: flyer
    medium: print
    vars: [cta]
YAML
status=0
"$CAMPAIGN" validate rally.yaml || status=$?
echo "exit $status"
