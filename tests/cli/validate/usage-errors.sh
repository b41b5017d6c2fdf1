# Unknown options and missing arguments are usage errors (exit 2) with a hint.
status=0; "$CAMPAIGN" validate --qiuet x.yaml || status=$?; echo "exit $status"
status=0; "$CAMPAIGN" validate || status=$?; echo "exit $status"
status=0; "$CAMPAIGN" valdiate x.yaml || status=$?; echo "exit $status"
status=0; "$CAMPAIGN" --frob || status=$?; echo "exit $status"
# A spec is read by path: '-' (standard input elsewhere) is named as such,
# not "cannot read '-': No such file or directory" (exit 3). With
# --registry, resolve's one argument is the query, not a file.
status=0; "$CAMPAIGN" validate - || status=$?; echo "exit $status"
status=0; "$CAMPAIGN" resolve --registry none.registry '' || status=$?; echo "exit $status"
