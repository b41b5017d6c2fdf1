# A page written as [width, height] is that page: a link preview of
# [1200px, 630px] is 1200 pixels wide and a [90mm, 30mm] label is 90 mm wide;
# both used to be turned portrait by default, printing a tall image with
# exit 0. An orientation, when given, still turns the size to its shape, and
# a named size without one stays portrait.
page() { # SIZE [ORIENTATION]
	printf 'page: { size: %s%s, marks: false }\nelements:\n  - rect: { at: [0, 0], size: [10mm, 5mm], fill: "#1565c0" }\n' \
		"$1" "${2:+, orientation: $2}" >t.yaml
}
page "[1200px, 630px]"
"$CAMPAIGN" render t.yaml -o link.png --now 2026-12-01
echo "[1200px, 630px]: $(file -b link.png | cut -d, -f2)"
page "[90mm, 30mm]"
"$CAMPAIGN" render t.yaml -o label.pdf --now 2026-12-01
echo "[90mm, 30mm]: $(pdfinfo -box label.pdf | grep '^TrimBox')"
page "[90mm, 30mm]" portrait
"$CAMPAIGN" render t.yaml -o turned.pdf --now 2026-12-01
echo "[90mm, 30mm], portrait: $(pdfinfo -box turned.pdf | grep '^TrimBox')"
page "[30mm, 90mm]" landscape
"$CAMPAIGN" render t.yaml -o turned.pdf --now 2026-12-01
echo "[30mm, 90mm], landscape: $(pdfinfo -box turned.pdf | grep '^TrimBox')"
page A6
"$CAMPAIGN" render t.yaml -o a6.pdf --now 2026-12-01
echo "A6: $(pdfinfo -box a6.pdf | grep '^TrimBox')"
page A6 landscape
"$CAMPAIGN" render t.yaml -o a6.pdf --now 2026-12-01
echo "A6, landscape: $(pdfinfo -box a6.pdf | grep '^TrimBox')"
