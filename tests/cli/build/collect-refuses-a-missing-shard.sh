# Three shards, but only two arrive: --collect fails (exit 3), names the shard
# that is missing (or its placements without --shards) and writes nothing, not
# a manifest that quietly lacks a third of the flyers.
mkdir spec && cp examples/rally/campaign.yaml examples/rally/stations.csv spec/
sh "$TESTS/cli/helpers/build_shards" 3 1 3
find all | sort >before
cp spec/campaign.ledger ledger.before
status=0
"$CAMPAIGN" build spec/campaign.yaml -o all --collect --shards 3 --now 2026-11-25 --quiet || status=$?
echo "exit $status"
status=0
"$CAMPAIGN" build spec/campaign.yaml -o all --collect --now 2026-11-25 --quiet || status=$?
echo "exit $status"
find all | sort | diff before -
cmp ledger.before spec/campaign.ledger
# Every shard there: the same command succeeds.
cp -r shards/2/. all/
"$CAMPAIGN" build spec/campaign.yaml -o all --collect --shards 3 --now 2026-11-25 --quiet
ls all
# --shards alone means nothing.
"$CAMPAIGN" build spec/campaign.yaml -o all --shards 3 || echo "exit $?"
