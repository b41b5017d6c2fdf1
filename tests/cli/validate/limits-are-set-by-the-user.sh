# Every limit of a spec and its tables is named when crossed, with how to
# raise it; the user sets it on the command line (a spec cannot).
"$CAMPAIGN" validate examples/rally/campaign.yaml --limit rows=2 || echo "exit $?"
"$CAMPAIGN" validate examples/rally/campaign.yaml --limit columns=1 || echo "exit $?"
"$CAMPAIGN" validate examples/rally/campaign.yaml --limit field-bytes=5 || echo "exit $?"
"$CAMPAIGN" validate examples/rally/campaign.yaml --limit table-bytes=10 || echo "exit $?"
"$CAMPAIGN" validate examples/rally/campaign.yaml --limit spec-values=10 || echo "exit $?"
"$CAMPAIGN" validate examples/rally/campaign.yaml --limit spec-bytes=100 || echo "exit $?"
"$CAMPAIGN" validate examples/rally/campaign.yaml --limit rows=5000000 --limit spec-bytes=100000000
"$CAMPAIGN" validate examples/rally/campaign.yaml --limit rows=0 || echo "exit $?"
"$CAMPAIGN" validate examples/rally/campaign.yaml --limit lines=10 || echo "exit $?"
