# The assignments a first build would make, as a table; nothing is written.
"$CAMPAIGN" phones examples/rally/campaign.yaml --ledger none.ledger --now 2026-11-25
test ! -e none.ledger
