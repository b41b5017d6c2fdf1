"$CAMPAIGN" utm https://example.org/ --sorce flyer --medium print --campaign rally
