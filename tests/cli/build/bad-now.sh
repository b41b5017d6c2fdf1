"$CAMPAIGN" build examples/rally/campaign.yaml --now yesterday
