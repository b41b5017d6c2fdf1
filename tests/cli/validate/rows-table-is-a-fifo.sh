# A rows: table that is a FIFO is refused at the line that names it, not waited on.
rm examples/rally/stations.csv
mkfifo examples/rally/stations.csv
timeout 10 "$CAMPAIGN" validate examples/rally/campaign.yaml
