# Text in the colour of what it is printed on cannot be seen: a warning at
# the colour, naming both, when the ground is known from the template (a
# filled rect drawn before the text, or the white paper). On an image or a
# rect seen through it the ground is not known, and on a ground of its own
# contrast the text is fine: no warning for either. The flyer is written.
cat > t.yaml <<'YAML'
page: { size: A6, bleed: 3mm, safe: 5mm }
elements:
  - rect: { at: [0, 0], size: [105mm, 40mm], fill: "#b3261e", bleed: true }
  - text: { text: "Red on red", at: [10mm, 12mm], width: 80mm, font: "DejaVu Sans 12", color: "#b3261e" }
  - text: { text: "White on red", at: [10mm, 25mm], width: 80mm, font: "DejaVu Sans 12", color: "#ffffff" }
  - text: { text: "Near white on paper", at: [10mm, 60mm], width: 80mm, font: "DejaVu Sans 12", color: "#fafafa" }
  - rect: { at: [0, 80mm], size: [105mm, 20mm], fill: "#00000080" }
  - text: { text: "On a rect seen through", at: [10mm, 85mm], width: 80mm, font: "DejaVu Sans 12", color: "#ffffff" }
  - text: { text: "Faint red on red", at: [10mm, 32mm], width: 80mm, font: "DejaVu Sans 12", color: "#00000010" }
YAML
"$CAMPAIGN" render t.yaml --now 2026-12-01 -o a.pdf
ls a.pdf
