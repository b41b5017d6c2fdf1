# The example campaign builds; its manifest lists every placement with its identifiers.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --ledger rally.ledger --now 2026-11-25 --quiet
cat out/manifest.csv
