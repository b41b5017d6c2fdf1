# resolve with a directory named manifest.json: exit 3 naming it.
mkdir manifest.json
"$CAMPAIGN" resolve manifest.json https://example.org/
