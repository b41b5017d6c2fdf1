# A --collect after the spec changed, whose shards were not built again:
# every gathered file is stale and left out, so the set holds no flyer. The
# proof.pdf of the collect before showed the old flyers; it must not stay
# beside the new manifest to approve what the set no longer holds.
mkdir spec && cp examples/rally/campaign.yaml examples/rally/stations.csv spec/
for k in 1 2; do
	"$CAMPAIGN" build spec/campaign.yaml -o shards/$k --shard $k/2 --now 2026-11-25 --quiet >/dev/null
done
mkdir all
for k in 1 2; do cp -r shards/$k/. all/; done
"$CAMPAIGN" build spec/campaign.yaml -o all --collect --shards 2 --now 2026-11-25 --quiet >/dev/null
pdfinfo all/proof.pdf | grep Pages
sed -i 's|time: "12:00"|time: "13:00"|' spec/campaign.yaml
"$CAMPAIGN" build spec/campaign.yaml -o all --collect --shards 2 --now 2026-11-25 --quiet; echo "exit $?"
ls all/flyers | wc -l
[ -e all/proof.pdf ] && echo "proof.pdf stayed" || echo "no proof.pdf"
# The shards built again: the collect draws the proof again.
for k in 1 2; do
	"$CAMPAIGN" build spec/campaign.yaml -o shards/$k --shard $k/2 --now 2026-11-25 --quiet >/dev/null
	cp -r shards/$k/. all/
done
"$CAMPAIGN" build spec/campaign.yaml -o all --collect --shards 2 --now 2026-11-25 --quiet >/dev/null
pdftotext all/proof.pdf - | grep -c '13:00'
# No placement has a template any more: nothing to draw, and the warning
# says so rather than asking for the shards again.
sed -i '/template:/d' spec/campaign.yaml
"$CAMPAIGN" build spec/campaign.yaml -o all --collect --shards 2 --now 2026-11-25 --quiet 2>&1 >/dev/null | grep proof.pdf
[ -e all/proof.pdf ] && echo "proof.pdf stayed" || echo "no proof.pdf"
