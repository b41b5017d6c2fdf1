# A list saved by Notepad starts with a UTF-8 byte order mark: it is not
# part of the first line's data (the first code held "\ufeffhttps://...",
# which a phone does not open as a link).
printf '\357\273\277https://example.org/a\nhttps://example.org/b\n' > list.txt
"$CAMPAIGN" qr --batch list.txt -o codes >/dev/null
for f in codes/*.png; do zbarimg -q --raw "$f" 2>/dev/null | od -c | head -1; done
