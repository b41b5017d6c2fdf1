# A query longer than any identifier can be is refused as such (it was
# "out of memory", exit 3); one that is merely long and matches nothing is
# quoted by its start, not echoed whole.
long=$(printf '%020000d' 0 | tr 0 a)
for q in "#$long" "https://example.org/?utm_source=$long" "tel:+7$(printf '%018000d' 0)"; do
	status=0
	"$CAMPAIGN" resolve examples/rally/campaign.yaml "$q" 2>&1 || status=$?
	echo "exit $status"
done
status=0
"$CAMPAIGN" resolve examples/rally/campaign.yaml "#$(printf '%05000d' 0 | tr 0 a)" 2>err || status=$?
echo "exit $status"
wc -c < err
