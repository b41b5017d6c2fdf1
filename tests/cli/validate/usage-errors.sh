# Unknown options and missing arguments are usage errors (exit 2) with a hint.
status=0; "$CAMPAIGN" validate --qiuet x.yaml || status=$?; echo "exit $status"
status=0; "$CAMPAIGN" validate || status=$?; echo "exit $status"
status=0; "$CAMPAIGN" valdiate x.yaml || status=$?; echo "exit $status"
status=0; "$CAMPAIGN" --frob || status=$?; echo "exit $status"
