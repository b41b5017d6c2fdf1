"$CAMPAIGN" utm https://example.org/ --source "  " --medium print --campaign rally
