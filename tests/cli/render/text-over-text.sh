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
# The lines of one text too: at line_spacing 0.5 a wrapped title prints
# over itself (refused); at the shipped templates' 0.98, Vietnamese accents
# stacked over capitals that reach into the descenders above still pass.
sed 's/width: 89mm, font: "DejaVu Sans Bold 24"/width: 89mm, line_spacing: LS, font: "DejaVu Sans Bold 24"/; s/8mm, 29mm/8mm, 70mm/' t.yaml > l.yaml
sed 's/LS/0.5/' l.yaml > half.yaml
sed 's/LS/0.98/' l.yaml > tight.yaml
"$CAMPAIGN" render half.yaml --set event.title="Rally for a fair wage in every town" \
	--set event.date=2026-12-05 -o half.pdf --now 2026-12-01 || echo "exit $?"
"$CAMPAIGN" render tight.yaml --set event.title="Quý giá jogging Ỗng Ấy going Ắp" --set event.date=2026-12-05 \
	-o tight.pdf --now 2026-12-01 2>&1 || echo "exit $?"
ls *.pdf
