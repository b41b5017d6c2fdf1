"$CAMPAIGN" utm "https://😀.com/" --source flyer --medium print --campaign rally
