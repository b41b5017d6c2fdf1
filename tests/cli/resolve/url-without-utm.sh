"$CAMPAIGN" resolve examples/rally/campaign.yaml --now 2026-11-25 'https://example.org/?a=b'
