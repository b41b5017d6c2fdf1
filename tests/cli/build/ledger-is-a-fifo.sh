# build with a ledger that is a FIFO stops before writing anything: exit 3 naming it.
mkfifo fifo.ledger
status=0; timeout 10 "$CAMPAIGN" build examples/rally/campaign.yaml -o out --ledger fifo.ledger --now 2026-11-25 --format qr --quiet || status=$?
[ ! -e out ] || { echo "out/ was written"; exit 1; }
[ -p fifo.ledger ] || { echo "the FIFO was replaced"; exit 1; }
exit $status
