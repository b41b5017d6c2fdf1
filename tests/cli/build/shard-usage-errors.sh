status=0; "$CAMPAIGN" build examples/rally/campaign.yaml --shard 4/3 || status=$?; echo "exit $status"
status=0; "$CAMPAIGN" build examples/rally/campaign.yaml --shard 0/3 || status=$?; echo "exit $status"
status=0; "$CAMPAIGN" build examples/rally/campaign.yaml --shard two || status=$?; echo "exit $status"
status=0; "$CAMPAIGN" build examples/rally/campaign.yaml -j 0 || status=$?; echo "exit $status"
