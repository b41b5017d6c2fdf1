# An online placement that names a social template gets a PNG of exactly the
# template's pixels (whatever the print dpi) in social/, not flyers/, and no
# PDF; it is listed in the manifest as `social`, and its caption gives the
# link the image prints as text; it has no QR code.
sed 's/template: social-post .*/template: calm-social-post/; s/template: social-banner .*/template: minimal-social-banner/' \
	examples/rally/campaign.yaml >s.yaml
cp examples/rally/stations.csv .
"$CAMPAIGN" build s.yaml -o out --now 2026-11-25 --quiet --dpi 150
for id in vk-post newsletter-dec; do
	echo "$id $(od -An -tu4 --endian=big -j16 -N8 "out/social/$id.png" | tr -s ' ')"
	zbarimg -q --raw "out/social/$id.png" 2>/dev/null || echo "$id: no QR code"
	ls out/flyers/$id.* 2>/dev/null || echo "$id: nothing in flyers/"
	grep -c 'профсоюз.рф/rally/moscow\|xn--g1anacfhu6f.xn--p1ai/rally/moscow' "out/captions/$id.txt"
	grep -c "\"social\": \"social/$id.png\"" out/manifest.json
done
