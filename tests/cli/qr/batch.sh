# --batch writes line N as DIR/NNNN.png. A bad line is reported at FILE:LINE,
# and, since the whole list is checked before the first file is written,
# nothing is written (once the lines around it were, and the exit said 1).
mkdir work && cd work
printf '%s\n' "https://example.org/?utm_content=a" "" "https://example.org/?utm_content=c" > urls.txt
status=0
"$CAMPAIGN" qr --batch urls.txt -o out || status=$?
ls -A
printf '%s\n' "https://example.org/?utm_content=a" "https://example.org/?utm_content=c" > urls.txt
"$CAMPAIGN" qr --batch urls.txt -o out
ls -A out
zbarimg -q --raw out/0002.png 2>/dev/null
exit $status
