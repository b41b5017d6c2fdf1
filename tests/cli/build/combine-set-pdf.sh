# --combine writes every flyer as one page of one PDF, in spec order (not the
# online placements' images, which are not printed), each page
# with the size and boxes of its own file, fonts embedded once.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --combine set.pdf --quiet >/dev/null
qpdf --check set.pdf >/dev/null
pdfinfo set.pdf | grep -E '^(Pages|Title|Producer)'
n=0
for id in flyer-gate-a flyer-gate-b flyer-depot tearoff-canteen poster-park-kultury poster-oktyabrskaya poster-frunzenskaya poster-shabolovskaya; do
	n=$((n + 1))
	want=$(pdfinfo -box "out/flyers/$id.pdf" | grep -E '^(Page size|TrimBox|BleedBox)' | sed 's/^Page size/size/; s/  */ /g')
	got=$(pdfinfo -box -f $n -l $n set.pdf | grep -E '^Page +[0-9]+ (size|TrimBox|BleedBox)' | sed 's/^Page *[0-9]* //; s/  */ /g')
	[ "$want" = "$got" ] || { echo "page $n ($id): $got, but its own file: $want"; exit 1; }
	pdftotext -f $n -l $n set.pdf - | grep -q "$(pdftotext out/flyers/$id.pdf - | head -1)"
done
pdffonts set.pdf | tail -n +3 | awk '{print $1}' | sed 's/^[A-Z]*+//' | sort | uniq -c
