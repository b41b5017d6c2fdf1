# A symbolic link planted where the flyers directory goes is refused like
# one for qr/: nothing is written through it.
cp -r examples/rally spec
mkdir -p out elsewhere
ln -s ../elsewhere out/flyers
status=0
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet || status=$?
test -z "$(ls elsewhere)"
exit "$status"
