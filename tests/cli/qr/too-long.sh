# A payload that fits no QR version says how long it is and what fits.
mkdir work && cd work
status=0
head -c 3000 /dev/zero | tr '\0' x | "$CAMPAIGN" qr - -o long.png || status=$?
ls -A
exit $status
