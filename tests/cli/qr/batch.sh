# --batch writes line N as DIR/NNNN.png; a bad line is reported at FILE:LINE and the
# others are still written.
mkdir work && cd work
printf '%s\n' "https://example.org/?utm_content=a" "" "https://example.org/?utm_content=c" > urls.txt
status=0
"$CAMPAIGN" qr --batch urls.txt -o out || status=$?
ls -A out
zbarimg -q --raw out/0003.png 2>/dev/null
exit $status
