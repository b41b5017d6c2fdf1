# A spec that is missing or is a directory cannot be read: exit 3 naming it.
mkdir dir.yaml
status=0; "$CAMPAIGN" validate missing.yaml || status=$?; echo "exit $status"
status=0; "$CAMPAIGN" validate dir.yaml || status=$?; echo "exit $status"
