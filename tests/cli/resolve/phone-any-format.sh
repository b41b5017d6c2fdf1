"$CAMPAIGN" resolve examples/rally/campaign.yaml --now 2026-11-25 '8 (495) 123-45-02' | cut -f1,5
"$CAMPAIGN" resolve examples/rally/campaign.yaml --now 2026-11-25 '+7 495 123.45.03' | cut -f1,5
