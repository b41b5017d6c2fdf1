"$CAMPAIGN" utm --source flyer --medium print --campaign rally
