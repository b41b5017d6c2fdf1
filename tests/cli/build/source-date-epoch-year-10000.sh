# SOURCE_DATE_EPOCH for the first second of the year 10000 is refused,
# naming the variable and its range, before anything is written: it used
# to write "0000-01-01" into the ledger, which every later build refused.
status=0
SOURCE_DATE_EPOCH=253402300800 "$CAMPAIGN" build examples/rally/campaign.yaml -o out --format qr --quiet || status=$?
[ ! -e out ] && [ ! -e examples/rally/campaign.ledger ] || { echo "something was written"; exit 1; }
# The last second of 9999 is the clock's last.
SOURCE_DATE_EPOCH=253402300799 "$CAMPAIGN" build examples/rally/campaign.yaml -o out --format qr --quiet >/dev/null
grep -q "	9999-12-31	" examples/rally/campaign.ledger
SOURCE_DATE_EPOCH=253402300799 "$CAMPAIGN" validate examples/rally/campaign.yaml --quiet
exit $status
