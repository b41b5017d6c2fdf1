# Names a template prints that no value of the placement can fill, found
# before drawing: a column its rows table does not have (with the column it
# may mean, or the columns it has when none is close), a column on a
# placement without a table, a built-in text that does not exist.
cp -r data/specs/values-unknown spec
status=0
"$CAMPAIGN" validate spec/campaign.yaml --now 2026-11-25 || status=$?
echo "exit $status"
