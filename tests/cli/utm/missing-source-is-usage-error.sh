"$CAMPAIGN" utm https://example.org/ --medium print --campaign rally
