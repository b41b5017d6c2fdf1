# --dry-run prints the identifiers and writes neither outputs nor the ledger.
cp -r examples/rally spec
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --dry-run | cut -f1,3,4
test ! -e out
test ! -e spec/campaign.ledger
