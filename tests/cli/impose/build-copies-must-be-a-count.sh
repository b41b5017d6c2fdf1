# copies: is a whole number of copies to print, from 1 to a million: located.
sed 's/^    template: flyer-a6$/    template: flyer-a6\n    copies: 0/' examples/rally/campaign.yaml > examples/rally/copies.yaml
"$CAMPAIGN" validate examples/rally/copies.yaml 2>&1 || echo "exit $?"
sed 's/^    template: flyer-a6$/    template: flyer-a6\n    copies: many/' examples/rally/campaign.yaml > examples/rally/copies.yaml
"$CAMPAIGN" validate examples/rally/copies.yaml 2>&1 || echo "exit $?"
