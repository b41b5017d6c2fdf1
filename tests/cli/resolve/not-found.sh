"$CAMPAIGN" resolve examples/rally/campaign.yaml --now 2026-11-25 '+7 495 999-99-99'
