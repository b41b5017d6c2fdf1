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
rmdir spec/campaign.ledger.lock
test ! -e out
test ! -e spec/campaign.ledger
# The output directory's own lock, the same.
mkdir out
mkfifo out/.campaign.lock
status=0
timeout 20 "$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 2>err || status=$?
sed 's|^.*/out/|out/|' err
echo "output directory: exit $status"
rm err
ls -A out
