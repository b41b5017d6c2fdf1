# A font family the machine lacks: fontconfig substitutes, and the template says which.
cat > t.yaml <<'YAML'
page: { size: A7, bleed: 2mm, safe: 4mm }
elements:
  - text: { text: "{{var.cta}}", at: [5mm, 5mm], width: 60mm, font: "No Such Font Bold 12" }
YAML
"$CAMPAIGN" render t.yaml -o out.pdf --now 2026-12-01 2>&1 | sed "s/'[^']*' will be used/'...' will be used/"
