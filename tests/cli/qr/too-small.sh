# A code whose modules would be under 0.33 mm is refused, with the size that would pass.
mkdir work && cd work
status=0
"$CAMPAIGN" qr "https://example.org/" -o small.png --size 10mm || status=$?
ls -A
exit $status
