# Every place a build writes is checked before the first write: a
# manifest.json that is a directory, a flyers/ that is a symbolic link, a
# flyer, QR or social image file with a directory in its place. Each fails with exit 3,
# naming it, and leaves the previous build's files, its ledger and the
# place the link points to exactly as they were (the spec changed in
# between, so a build that wrote anything would show).
spec=examples/rally/campaign.yaml
"$CAMPAIGN" build "$spec" -o out --now 2026-11-25 --quiet --format pdf,qr
snapshot() { (cd out && find . -type f ! -name '.campaign.lock' | sort | xargs md5sum; md5sum ../examples/rally/campaign.ledger); }
# A new venue and a new placement: every flyer and the ledger would change.
sed -i 's|venue: "Парк Горького, Москва"|venue: "Парк Горького"|' "$spec"
printf '  - id: flyer-gate-c\n    event: rally-moscow\n    source: flyer\n    medium: print\n    template: flyer-a6\n    phone: true\n' >> "$spec"
attempt() {
	snapshot > before
	status=0
	"$CAMPAIGN" build "$spec" -o out --now 2026-11-26 --quiet --format pdf,qr 2>&1 || status=$?
	echo "exit $status"
	if snapshot | cmp -s - before; then echo "nothing changed"; else echo "CHANGED"; fi
}
mv out/manifest.json manifest.json.kept
mkdir out/manifest.json
attempt
rmdir out/manifest.json
mv manifest.json.kept out/manifest.json

mkdir elsewhere
mv out/flyers out/flyers.kept
ln -s ../elsewhere out/flyers
attempt
ls -A elsewhere | wc -l
rm out/flyers
mv out/flyers.kept out/flyers

mv out/flyers/flyer-depot.pdf flyer-depot.pdf.kept
mkdir out/flyers/flyer-depot.pdf out/qr/flyer-gate-a.svg.new
mv out/qr/flyer-gate-a.svg qr.kept
mv out/qr/flyer-gate-a.svg.new out/qr/flyer-gate-a.svg
attempt
rmdir out/qr/flyer-gate-a.svg
mv qr.kept out/qr/flyer-gate-a.svg
rmdir out/flyers/flyer-depot.pdf
mv flyer-depot.pdf.kept out/flyers/flyer-depot.pdf

# An online placement's image goes to social/, whichever --format.
mv out/social/vk-post.png vk-post.png.kept
mkdir out/social/vk-post.png
attempt
rmdir out/social/vk-post.png
mv vk-post.png.kept out/social/vk-post.png
# With the way clear, the same build goes through.
"$CAMPAIGN" build "$spec" -o out --now 2026-11-26 --quiet --format pdf,qr
ls out/flyers | wc -l
