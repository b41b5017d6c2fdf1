# A rows: table that is a directory is refused at the line that names it.
rm examples/rally/stations.csv
mkdir examples/rally/stations.csv
"$CAMPAIGN" validate examples/rally/campaign.yaml
