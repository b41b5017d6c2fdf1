# Every placement of the event shares its hashtag; a hashtag query lists them all.
"$CAMPAIGN" resolve examples/rally/campaign.yaml --now 2026-11-25 'митингзадостойнуюзарплату' | cut -f1
