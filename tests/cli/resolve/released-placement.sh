# A placement removed from the spec is released, but its flyers are still
# out there: a call to its number or a visit from its URL, during the
# quarantine, resolves to it from the ledger, with the day it left.
cp -r examples/rally spec
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet >/dev/null
grep -v shabolovskaya spec/stations.csv >s.csv && mv s.csv spec/stations.csv
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-26 --quiet >/dev/null
"$CAMPAIGN" resolve spec/campaign.yaml "8 (495) 123-45-08" --now 2026-11-27
"$CAMPAIGN" resolve spec/campaign.yaml \
	"https://профсоюз.рф/rally/moscow?utm_content=shabolovskaia&utm_medium=outdoor&utm_source=poster&utm_campaign=rally_2026" \
	--now 2026-11-27 | cut -f1
# The manifest lists only what this build made: the number is unknown there.
"$CAMPAIGN" resolve out/manifest.json "8 (495) 123-45-08" || echo "exit $?"
