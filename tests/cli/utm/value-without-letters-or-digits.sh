# A required value that the naming conventions leave empty says which option
# and why, as a spec's does, not "utm_source is empty". Exit 1.
status=0
"$CAMPAIGN" utm https://example.org/ --source '!!!' --medium '***' --campaign c || status=$?
exit $status
