# Two texts whose letters meet print neither readably: refused at the later
# one, naming the earlier's line and where on the page. Boxes that overlap
# only in their line spacing, or beside a short line, are fine: the date
# sits close under a one-line title (the title's box reaches into the
# date's) and both are read back from the PDF. The same title, wrapped by a
# longer value, runs into the date.
cat > t.yaml <<'YAML'
page: { size: A6, bleed: 2mm, marks: false, safe: 4mm }
elements:
  - text: { text: "{{event.title}}", at: [8mm, 20mm], width: 89mm, font: "DejaVu Sans Bold 24" }
  - text: { text: "{{event.date}}", at: [8mm, 29mm], width: 89mm, font: "DejaVu Sans 14" }
YAML
"$CAMPAIGN" render t.yaml --set event.title="Rally" --set event.date=2026-12-05 -o ok.pdf --now 2026-12-01
pdftotext -layout ok.pdf - | sed 's/ *$//' | grep .
"$CAMPAIGN" render t.yaml --set event.title="Rally for a living wage in every town" \
	--set event.date=2026-12-05 -o over.pdf --now 2026-12-01 || echo "exit $?"
ls
