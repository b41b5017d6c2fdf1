# The format comes from the extension; without a known one it is a usage error.
mkdir work && cd work
status=0
"$CAMPAIGN" qr "https://example.org/" -o code.jpg || status=$?
ls -A
exit $status
