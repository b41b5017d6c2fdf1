# A list's lines end at LF, CRLF or CR (old Mac, some spreadsheet exports),
# even mixed: a CR-only list once became one code with CRs in its data.
printf 'https://example.org/1\rhttps://example.org/2\r\nhttps://example.org/3\nhttps://example.org/4' > urls.txt
"$CAMPAIGN" qr --batch urls.txt -o codes
ls codes
for f in codes/*.png; do zbarimg -q --raw -Sbinary "$f" 2>/dev/null | od -An -c | tr -s ' '; done
