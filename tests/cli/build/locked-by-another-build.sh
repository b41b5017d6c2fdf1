# A build while another holds the ledger's lock stops with exit 3 and names the lock.
cp -r examples/rally spec
sleep 30 &
holder=$!
echo "$holder" > spec/rally-2026.ledger.lock
status=0
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 2>err || status=$?
kill "$holder"
sed "s/process [0-9]*/process PID/" err >&2
test ! -e out
test ! -e spec/rally-2026.ledger
exit "$status"
