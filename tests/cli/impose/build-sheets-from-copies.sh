# campaign build --sheet: sheets/<id>.pdf for every placement with a
# template, step and repeat; flyer-depot asks for `copies: 500`, 4 on an
# SRA3 sheet, so 125 sheets; the others, saying nothing, one sheet each.
# --combine holds every flyer once, on sheets (sequence): two A5 flyers 2-up
# on one sheet, then the A6, the A4 tear-off and each A3 poster on sheets of
# their own. The codes on a sheet are the placement's.
sed 's/^    template: flyer-a6$/    template: flyer-a6\n    copies: 500/' examples/rally/campaign.yaml > examples/rally/copies.yaml
grep -c 'copies: 500' examples/rally/copies.yaml
"$CAMPAIGN" build examples/rally/copies.yaml -o out --now 2026-11-25 --sheet SRA3 --combine all.pdf --quiet
ls out out/sheets
for f in out/sheets/*.pdf; do
	printf '%s: %s page(s)\n' "$f" "$(pdfinfo "$f" | awk '/^Pages/ {print $2}')"
done
pdfinfo all.pdf | grep -E '^Pages'
qpdf --check all.pdf >/dev/null
pdftoppm -r 300 -f 1 -l 1 -singlefile -png out/sheets/flyer-depot.pdf depot
zbarimg --quiet depot.png 2>/dev/null | sort | uniq -c
