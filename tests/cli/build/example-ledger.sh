# The ledger a first build writes: sorted by id, dated by --now.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --ledger rally.ledger --now 2026-11-25 --quiet >/dev/null
cat rally.ledger
