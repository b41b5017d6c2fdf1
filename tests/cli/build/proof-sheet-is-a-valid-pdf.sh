# proof.pdf, the contact sheet of every flyer, goes out as cairo wrote it
# (no qpdf pass, which held every object in memory): qpdf and poppler must
# still read it whole, with a caption per placement and fonts embedded.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --quiet >/dev/null
qpdf --check out/proof.pdf >/dev/null
pdfinfo out/proof.pdf | grep -E '^(Pages|Title|Producer|CreationDate|ModDate)'
for id in flyer-gate-a flyer-gate-b flyer-depot tearoff-canteen poster-park-kultury poster-oktyabrskaya poster-frunzenskaya poster-shabolovskaya; do
	pdftotext out/proof.pdf - | grep -q "^$id · " || { echo "no caption for $id"; exit 1; }
done
fonts=$(pdffonts out/proof.pdf | tail -n +3 | wc -l)
embedded=$(pdffonts out/proof.pdf | tail -n +3 | grep -c ' yes yes yes ')
[ "$fonts" -gt 0 ] && [ "$fonts" = "$embedded" ] || { echo "$embedded of $fonts fonts embedded"; exit 1; }
