# --only writes the files of the named placements; the manifest still lists all.
cp -r examples/rally spec
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --only flyer-gate-a --only poster-park-kultury --quiet
ls out/qr
grep -c '"id"' out/manifest.json
