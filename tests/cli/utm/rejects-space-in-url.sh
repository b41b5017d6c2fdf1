"$CAMPAIGN" utm "https://example.org/a b" --source flyer --medium print --campaign rally
