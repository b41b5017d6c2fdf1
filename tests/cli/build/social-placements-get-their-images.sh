# An online placement that names a social template gets a PNG of exactly the
# template's pixels (whatever the print dpi), listed in the manifest beside
# the flyers; it prints the link as text and no QR code.
awk '{ print } /^    content: announcement$/ && !done { print "    template: calm-social-post"; done = 1 }
     /^    content: december_issue$/ { print "    template: minimal-social-banner" }' \
	examples/rally/campaign.yaml >s.yaml
cp examples/rally/stations.csv .
"$CAMPAIGN" build s.yaml -o out --now 2026-11-25 --quiet --dpi 150
for id in vk-post newsletter-dec; do
	echo "$id $(od -An -tu4 --endian=big -j16 -N8 "out/flyers/$id.png" | tr -s ' ')"
	zbarimg -q --raw "out/flyers/$id.png" 2>/dev/null || echo "$id: no QR code"
	pdftotext "out/flyers/$id.pdf" - | grep -c 'профсоюз.рф/rally/moscow'
	grep -c "\"png\": \"flyers/$id.png\"" out/manifest.json
done
