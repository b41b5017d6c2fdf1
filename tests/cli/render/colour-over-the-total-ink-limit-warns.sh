# A cmyk() colour that lays more than 300 % of ink on the paper (all four
# at 100 %, a "registration black" typed by hand) is printed as given, with
# a warning at its place that presses take about 300 % and what a deep
# black is instead; a named colour too. 300 % itself and the usual rich
# black (240 %) say nothing.
cat > t.yaml <<'YAML'
page: { size: A6, bleed: 3mm, safe: 5mm }
colours: { night: "cmyk(100, 90, 90, 100)", ok: "cmyk(100, 100, 100, 0)" }
elements:
  - rect: { at: [0, 0], size: [105mm, 30mm], fill: "cmyk(100, 100, 100, 100)", bleed: true }
  - rect: { at: [0, 30mm], size: [105mm, 30mm], fill: "cmyk(60, 40, 40, 100)", bleed: true }
  - rect: { at: [0, 60mm], size: [105mm, 30mm], fill: "{{var.night}}", bleed: true }
  - rect: { at: [0, 90mm], size: [105mm, 30mm], fill: "{{var.ok}}", bleed: true }
YAML
"$CAMPAIGN" render t.yaml --now 2026-12-01 -o t.pdf
qpdf --check t.pdf >/dev/null
qpdf --qdf --object-streams=disable t.pdf q.pdf
grep -a -o '^[0-9. ]* k' q.pdf | sort -u
