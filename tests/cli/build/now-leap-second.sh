"$CAMPAIGN" build examples/rally/campaign.yaml --now 2026-12-31T23:59:60
