# A DPI outside 72..2400 is a usage error (exit 2, as in every command) and says the range.
mkdir work && cd work
status=0
"$CAMPAIGN" qr "https://example.org/" -o d.png --dpi 5000 || status=$?
"$CAMPAIGN" qr "https://example.org/" -o d.png --dpi -300 || status=$?
ls -A
exit $status
