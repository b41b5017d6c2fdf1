# --registry given the spec, the ledger or a manifest by a slip of the hand
# is said for what it is (exit 1), as --ledger's is, not called a damaged
# registry to restore from a backup; resolve --registry too. Nothing is written.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --quiet --format none
cp examples/rally/campaign.ledger kept.ledger
for f in examples/rally/campaign.yaml kept.ledger out/manifest.csv out/manifest.json; do
	status=0
	"$CAMPAIGN" build examples/rally/campaign.yaml -o out2 --registry "$f" --format none --quiet || status=$?
	echo "exit $status"
done
"$CAMPAIGN" resolve --registry examples/rally/campaign.yaml '#x' || echo "exit $?"
test ! -e out2
cmp kept.ledger examples/rally/campaign.ledger
