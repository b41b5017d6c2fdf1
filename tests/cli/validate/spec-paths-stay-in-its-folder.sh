# The files a spec names stay in its folder unless the user allows more:
# a table beside it in another folder is refused (exit 1, at the line that
# names it, and nothing of the file is shown), so is a symbolic link in the
# spec's folder that leads out; --allow-path lets that folder in.
mkdir spec tables
cp examples/rally/campaign.yaml spec/
cp examples/rally/stations.csv tables/
sed 's|rows: stations.csv|rows: ../tables/stations.csv|' examples/rally/campaign.yaml >spec/campaign.yaml
"$CAMPAIGN" validate spec/campaign.yaml || echo "exit $?"
"$CAMPAIGN" validate spec/campaign.yaml --allow-path tables
ln -s ../tables/stations.csv spec/stations.csv
cp examples/rally/campaign.yaml spec/campaign.yaml
"$CAMPAIGN" validate spec/campaign.yaml || echo "exit $?"
"$CAMPAIGN" validate spec/campaign.yaml --allow-path tables
"$CAMPAIGN" validate spec/campaign.yaml --allow-path no-such-folder || echo "exit $?"
