# Issue 16, finding #2: shards are gathered by copying their directories over
# each other, so only the last shard's manifest (and its made_from) survives.
# Each shard keeps its fingerprints in shard-K-of-N.made_from: --collect lists
# a gathered file only when its shard made it from the values the collect
# gives it. Here shard 1 was built before the rally moved to 13:00, and not
# again.
mkdir spec && cp examples/rally/campaign.yaml examples/rally/stations.csv spec/
for k in 1 2; do
	"$CAMPAIGN" build spec/campaign.yaml -o shards/$k --shard $k/2 --now 2026-11-25 --quiet >/dev/null
done
sed -i 's|time: "12:00"|time: "13:00"|' spec/campaign.yaml
"$CAMPAIGN" build spec/campaign.yaml -o shards/2 --shard 2/2 --now 2026-11-25 --quiet >/dev/null
mkdir all
for k in 1 2; do cp -r shards/$k/. all/; done
listed() {
	python3 -c '
import json, sys
m = json.load(open(sys.argv[1]))
for p in m["placements"]:
    print(p["id"], " ".join(sorted(p.get("files", {}).values())) or "-")
' all/manifest.json
}
echo "# shard 1's files show the old time: left out, with a warning"
"$CAMPAIGN" build spec/campaign.yaml -o all --collect --shards 2 --now 2026-11-25 --quiet >/dev/null
listed
ls all/flyers | wc -l
echo "# shard 1 built again and gathered: every file listed"
"$CAMPAIGN" build spec/campaign.yaml -o shards/1 --shard 1/2 --now 2026-11-25 --quiet >/dev/null
cp -r shards/1/. all/
"$CAMPAIGN" build spec/campaign.yaml -o all --collect --shards 2 --now 2026-11-25 --quiet >/dev/null
listed
echo "# two shards' files that disagree about one placement vouch for nothing"
id=$(head -n 1 all/shard-1-of-2.made_from | cut -f 1)
printf '%s\t0123456789abcdef\n' "$id" >all/shard-1-of-3.made_from
"$CAMPAIGN" build spec/campaign.yaml -o all --collect --shards 2 --now 2026-11-25 --quiet >/dev/null
listed | grep -c -- ' -$'
