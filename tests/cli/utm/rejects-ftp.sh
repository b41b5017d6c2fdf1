"$CAMPAIGN" utm ftp://example.org/file --source flyer --medium print --campaign rally
