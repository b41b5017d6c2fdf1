# A failed write leaves the old file byte for byte and no temp file (the write hits a
# file-size limit half way, like a full disk); a failed encode never touches it either.
mkdir work && cd work
echo old > qr.png
status=0
(ulimit -f 1 && "$CAMPAIGN" qr "https://example.org/events/rally-2026?utm_source=flyer" -o qr.png --module 2mm) || status=$?
echo "exit $status"
"$CAMPAIGN" qr "" -o qr.png || status=$?
echo "exit $status"
cat qr.png
ls -A
exit 0
