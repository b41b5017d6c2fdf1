# A lock left by a killed build (its process is gone) does not block the next build.
cp -r examples/rally spec
sh -c 'exit 0' & dead=$!; wait "$dead"
echo "$dead" > spec/rally-2026.ledger.lock
mkdir -p out && echo "$dead" > out/.campaign.lock
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet
test ! -e spec/rally-2026.ledger.lock
test ! -e out/.campaign.lock
