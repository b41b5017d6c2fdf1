"$CAMPAIGN" utm example.org/rally --source flyer --medium print --campaign rally
