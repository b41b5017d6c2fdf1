# The GNU parallel recipe of the README, run locally: three shards into their own
# directories, gathered, then --collect. The union equals one single build,
# byte for byte, and the shards agree on the ledger.
"$CAMPAIGN" build examples/rally/campaign.yaml -o single --ledger single.ledger --now 2026-11-25 --quiet >/dev/null
mkdir spec && cp examples/rally/campaign.yaml examples/rally/stations.csv spec/
parallel --will-cite --halt now,fail=1 -j 3 \
	"$CAMPAIGN" build spec/campaign.yaml -o shards/{} --shard {}/3 --now 2026-11-25 --quiet ::: 1 2 3 >/dev/null
ls shards/1/flyers shards/2/flyers shards/3/flyers | grep -c pdf
mkdir all
for shard in shards/*; do cp -r "$shard"/. all/; done
"$CAMPAIGN" build spec/campaign.yaml -o all --collect --now 2026-11-25 --quiet >/dev/null
# Each shard's fingerprints stay beside the files, for the next --collect.
diff -r -x 'shard-*-of-3.made_from' single all
ls all/shard-*
cmp single.ledger spec/campaign.ledger
