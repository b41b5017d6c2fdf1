# Crop marks of a flyer and cut marks of a sheet are registration colour,
# C = M = Y = K = 100 % (`1 1 1 1 K` in the content stream), so they print
# on every plate and the printer registers the plates by them; what they
# mark stays K only. ghostscript's inkcov: the whole page has cyan, magenta
# and yellow (the marks, the only colour there is), the BleedBox, which the
# marks stay outside of, has none.
cat > bw.yaml <<'YAML'
page: { size: A6, bleed: 3mm, safe: 5mm }
elements:
  - text: { text: "Black text", at: [10mm, 12mm], width: 80mm, font: "DejaVu Sans 12", color: "#000000" }
  - qr: { data: "{{url}}", at: [10mm, 40mm], size: 40mm }
YAML
inks() { # PDF [gs option] -> "CMY" when any of C, M, Y is inked, then "K" when K is
	gs -q -o - -sDEVICE=inkcov ${2:-} "$1" | awk '{ print ($1 + $2 + $3 > 0 ? "CMY" : "no CMY") ($4 > 0 ? " K" : "") }' | sort | uniq -c
}
"$CAMPAIGN" render bw.yaml --now 2026-12-01 --set url=https://example.org/r -o flyer.pdf
"$CAMPAIGN" render bw.yaml --now 2026-12-01 --set url=https://example.org/r --sheet SRA3 -o sheet.pdf
for f in flyer sheet; do
	qpdf --check "$f.pdf" >/dev/null
	echo "$f: page"
	inks "$f.pdf"
	echo "$f: inside the BleedBox"
	inks "$f.pdf" -dUseBleedBox
	qpdf --qdf --object-streams=disable "$f.pdf" "q-$f.pdf"
	grep -a -o -E '^[0-9.]+ [0-9.]+ [0-9.]+ [0-9.]+ [kK]' "q-$f.pdf" | sort | uniq -c
done
pdftoppm -r 150 -png sheet.pdf page
zbarimg -q --raw page-1.png 2>/dev/null | uniq -c
