# Text fit both ways. With max_size a short title grows to fill its box
# (a one-word title set far above the font's 24 pt, as wide as the box
# lets it), a long one still shrinks; lines break at spaces before they
# break after a hyphen: "Clean-up day" never leaves "Clean-" on a line of
# its own. Read back with pdftotext: each line, and the height of each
# title's first word in pt (its font size, within the font's ascent and
# descent), and the width of the one-word title against its 100 mm box. An
# Arabic title grows onto lines broken at its spaces too.
cat > title.yaml <<'YAML'
template: title
page: { size: A5, bleed: 3mm, safe: 5mm }
elements:
  - text: { text: "{{event.title}}", at: [24mm, 20mm], width: 100mm, height: 60mm, shrink: true,
            max_size: 200, font: "DejaVu Sans Bold 24" }
YAML
cat > narrow.yaml <<'YAML'
template: narrow
page: { size: A5, bleed: 3mm, safe: 5mm }
elements:
  - text: { text: "{{event.title}}", at: [24mm, 20mm], width: 42mm, height: 60mm, shrink: true,
            font: "DejaVu Sans Bold 24" }
YAML
render() { # template title
	"$CAMPAIGN" render "$1" --set event.title="$2" -o out.pdf --now 2026-12-01
	pdftotext out.pdf - | grep .
	pdftotext -bbox out.pdf - | awk -F'"' '/<word/ { printf "first word: %.0f pt high, %.0f mm wide\n", $8 - $4, ($6 - $2) * 25.4 / 72; exit }'
}
render title.yaml "Rally"
render title.yaml "Митинг"
render title.yaml "مسيرة"
"$CAMPAIGN" render title.yaml --lang ar --set event.title="مسيرة من أجل أجر عادل" -o out.pdf --now 2026-12-01
pdftotext out.pdf - | grep .
render title.yaml "Митинг за достойную зарплату: приходите все, кто работает и хочет жить достойно"
render narrow.yaml "Clean-up day"
render title.yaml "Clean-up day"
