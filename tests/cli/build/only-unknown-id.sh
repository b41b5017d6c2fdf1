cp -r examples/rally spec
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --only flyer-gate-a,flyer-gate-z
