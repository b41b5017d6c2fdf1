# A manifest describes exactly the files of the output set it is committed
# with. A build that does not make a placement's files again (--only,
# --format) keeps them while the manifest in place says they were made from
# the same values (`made_from`); after the spec changed, it leaves them out
# rather than list a QR code that holds the old link beside the new one.
cp -r examples/rally spec
listed() { # the QR codes the manifest lists, each checked against its url by zbarimg
	jq -r '.placements[] | select(.files.qr_png) | "\(.files.qr_png) \(.url)"' out/manifest.json |
	while read -r file url; do
		test "$(zbarimg -q --raw "out/$file" 2>/dev/null)" = "$url" || echo "$file does not hold $url"
		echo "$file"
	done | sort
}
on_disk() { (cd out && ls qr/*.png) | sort; }
"$CAMPAIGN" build spec/campaign.yaml -o out --quiet --format qr >/dev/null
# The same spec: --only makes one again and keeps every other, listed.
"$CAMPAIGN" build spec/campaign.yaml -o out --quiet --format qr --only flyer-gate-b >/dev/null
listed >listed.txt
on_disk >disk.txt
cmp listed.txt disk.txt
wc -l <listed.txt
# A changed link: the gate A code is not made again, so it leaves the set.
sed -i 's/content: "Проходная А"/content: "Проходная А-2"/' spec/campaign.yaml
"$CAMPAIGN" build spec/campaign.yaml -o out --quiet --format qr --only flyer-gate-b \
	--reissue flyer-gate-a >/dev/null
listed >listed.txt
on_disk >disk.txt
cmp listed.txt disk.txt
wc -l <listed.txt
jq -c '.placements[] | select(.id == "flyer-gate-a") | [.files, .made_from]' out/manifest.json
# Built again, it is back, made from the new values.
"$CAMPAIGN" build spec/campaign.yaml -o out --quiet --format qr --only flyer-gate-a >/dev/null
listed | grep -c 'qr/flyer-gate-a\.png'
test "$(zbarimg -q --raw out/qr/flyer-gate-a.png 2>/dev/null)" = "$(jq -r '.placements[] | select(.id == "flyer-gate-a") | .url' out/manifest.json)"
# --format none makes no QR code: the reissued gate B's leaves, the others stay.
"$CAMPAIGN" build spec/campaign.yaml -o out --quiet --format none --reissue flyer-gate-b >/dev/null
listed >listed.txt
on_disk >disk.txt
cmp listed.txt disk.txt
grep -c gate-b listed.txt || true
wc -l <listed.txt
# An older manifest, without made_from, vouches for nothing carried over.
jq 'del(.placements[].made_from)' out/manifest.json >old.json
mv old.json out/manifest.json
"$CAMPAIGN" build spec/campaign.yaml -o out --quiet --format qr --only flyer-gate-a >/dev/null
listed
