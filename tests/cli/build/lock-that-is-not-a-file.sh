# Something other than a file where a lock goes (a FIFO, a directory) is
# said for what it is, exit 3, before anything is written; it was retried
# and then reported as "Resource temporarily unavailable".
cp -r examples/rally spec
mkfifo spec/campaign.ledger.lock
status=0
timeout 20 "$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 || status=$?
echo "fifo: exit $status"
rm spec/campaign.ledger.lock
mkdir spec/campaign.ledger.lock
status=0
timeout 20 "$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 || status=$?
echo "directory: exit $status"
test ! -e out
test ! -e spec/campaign.ledger
