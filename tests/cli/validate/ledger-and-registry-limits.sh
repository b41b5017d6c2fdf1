# The ledger and the registry are bounded like the spec and its tables, and
# the user running the tool sets the bounds (--limit ledger-bytes=N,
# registry-bytes=N): a crossing names the file, its size and the limit.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --registry shared.registry --format none --quiet >/dev/null
size=$(stat -c %s examples/rally/campaign.ledger)
"$CAMPAIGN" validate examples/rally/campaign.yaml --limit ledger-bytes=100 2>err || echo "exit $?"
sed "s/ $size bytes/ SIZE bytes/" err
"$CAMPAIGN" validate examples/rally/campaign.yaml --limit ledger-bytes="$size"
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --registry shared.registry --format none \
	--quiet --limit registry-bytes=100 2>err || echo "exit $?"
sed "s/ [0-9]* bytes, more/ SIZE bytes, more/" err
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --registry shared.registry --format none \
	--quiet --limit registry-bytes=1000000 >/dev/null
"$CAMPAIGN" validate examples/rally/campaign.yaml --limit ledger-bytes=0 || echo "exit $?"
