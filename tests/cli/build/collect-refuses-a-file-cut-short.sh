# A shard's file copied here only in part (a full disk, an interrupted copy)
# was taken as made: --collect wrote a manifest and a proof listing a PDF
# that no reader opens, exit 0. Each kind is read at its end (a PDF's
# %%EOF, a PNG's IEND, an SVG's </svg>): a file cut short is named, exit 3,
# and nothing is written; copied again whole, the same command succeeds.
mkdir spec && cp examples/rally/campaign.yaml examples/rally/stations.csv spec/
sh "$TESTS/cli/helpers/build_shards" 2
for f in flyers/flyer-depot.pdf flyers/flyer-gate-a.png qr/flyer-depot.svg; do
	src=shards/1/$f
	[ -f "$src" ] || src=shards/2/$f
	head -c 700 "$src" >"all/$f"
done
find all | sort >before
status=0
"$CAMPAIGN" build spec/campaign.yaml -o all --collect --shards 2 --now 2026-11-25 --quiet || status=$?
echo "exit $status"
find all | sort | diff before -
cp -r shards/1/. all/
cp -r shards/2/. all/
rm all/manifest.json all/manifest.csv
"$CAMPAIGN" build spec/campaign.yaml -o all --collect --shards 2 --now 2026-11-25 --quiet
echo "whole again: exit $?"
qpdf --check all/proof.pdf | grep -o '^No syntax or stream encoding errors found'
