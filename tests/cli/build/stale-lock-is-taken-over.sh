# A lock left by a killed build does not block the next build: nobody holds
# it, whatever pid it names, a dead one or one the system has since given to
# a live process (here this shell's own, as after pid reuse).
cp -r examples/rally spec
sh -c 'exit 0' & dead=$!; wait "$dead"
echo "$dead" > spec/campaign.ledger.lock
mkdir -p out && echo "$$" > out/.campaign.lock
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet
test ! -e spec/campaign.ledger.lock
test ! -e out/.campaign.lock
