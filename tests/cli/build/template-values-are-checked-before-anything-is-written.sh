# A template that prints a value a placement does not have (the event's
# time, a tracking number) fails the build before anything is written: no
# output directory, no ledger, no QR code. Each message says what to add,
# at the line it goes to: the event's, or the placement's template: line.
# An event's missing field is reported once, not once per placement, and a
# rows table's once, not once per row.
cp -r data/specs/values-missing spec
status=0
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 || status=$?
echo "exit $status"
[ ! -e out ] || echo "out/ was written"
ls -A spec
