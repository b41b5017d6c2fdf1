# A symbolic link planted in the output directory is never written through.
cp -r examples/rally spec
mkdir -p out elsewhere
ln -s ../elsewhere out/qr
status=0
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 || status=$?
test -z "$(ls elsewhere)"
exit "$status"
