"$CAMPAIGN" validate examples/rally/campaign.yaml --now 2026-11-25
