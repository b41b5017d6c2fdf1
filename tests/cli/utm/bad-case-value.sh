"$CAMPAIGN" utm https://example.org/ --source flyer --medium print --campaign rally --case upper
