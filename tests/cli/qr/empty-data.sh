# Empty data is invalid input, and no file is left behind.
mkdir work && cd work
status=0
"$CAMPAIGN" qr "" -o e.png || status=$?
ls -A
exit $status
