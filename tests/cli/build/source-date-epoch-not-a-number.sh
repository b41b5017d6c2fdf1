# SOURCE_DATE_EPOCH must be decimal seconds: not a date, not an exponent,
# not padded with spaces (strtoll would have taken " 12").
for v in 2026-12-01 1e9 " 12"; do
	status=0
	SOURCE_DATE_EPOCH=$v "$CAMPAIGN" phones examples/rally/campaign.yaml >/dev/null || status=$?
	echo "exit $status"
done
