"$CAMPAIGN" utm https://example.org/ --source "$(printf "\377")" --medium print --campaign rally
