"$CAMPAIGN" help utm
