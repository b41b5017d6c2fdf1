"$CAMPAIGN" utm https://example.org/ --source flyer --medium print --campaign rally --raw --case keep
