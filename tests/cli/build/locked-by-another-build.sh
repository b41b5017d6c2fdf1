# A build while another holds the ledger's lock stops with exit 3 and names
# the lock and its holder. The holder here is flock(1) keeping the lock as a
# running build does (-o: its command does not inherit it), with its pid
# written in the file as a build writes it.
cp -r examples/rally spec
sh -c 'echo $$ > spec/campaign.ledger.lock; exec flock -o spec/campaign.ledger.lock sleep 30' &
holder=$!
# Wait until the lock is really held.
while flock -n spec/campaign.ledger.lock true; do sleep 0.05; done
status=0
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 2>err || status=$?
pkill -P "$holder" sleep; kill "$holder" 2>/dev/null || true
grep -q "process $holder holds this lock" err
sed "s/process [0-9]*/process PID/" err >&2
test ! -e out
test ! -e spec/campaign.ledger
# A lock file nobody holds (a build that was killed) is taken over.
wait "$holder" 2>/dev/null || true
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet
test ! -e spec/campaign.ledger.lock
exit "$status"
