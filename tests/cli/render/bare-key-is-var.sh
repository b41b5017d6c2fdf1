# --set KEY=VALUE without a dot fills {{var.KEY}}; built-in texts need no value.
cat > t.yaml <<'YAML'
page: { size: A7, bleed: 2mm, marks: false, safe: 4mm }
elements:
  - text: { text: "{{var.slogan}}", at: [5mm, 5mm], width: 60mm, font: "DejaVu Sans 12" }
  - text: { text: "{{var.cta}}", at: [5mm, 20mm], width: 60mm, font: "DejaVu Sans 12" }
YAML
"$CAMPAIGN" render t.yaml --set slogan="Fair pay now" -o out.pdf --now 2026-12-01
ls -A
