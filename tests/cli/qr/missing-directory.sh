# An output into a directory that does not exist is an environment failure; nothing is created.
mkdir work && cd work
status=0
"$CAMPAIGN" qr "https://example.org/" -o nodir/qr.png || status=$?
ls -A
exit $status
