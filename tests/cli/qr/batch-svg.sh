# --batch --format svg, with data from stdin and CRLF line ends.
mkdir work && cd work
printf 'https://example.org/1\r\nhttps://example.org/2\r\n' | "$CAMPAIGN" qr --batch - -o svgs --format svg -j 2
ls -A svgs
rsvg-convert -d 300 -p 300 svgs/0002.svg -o two.png
zbarimg -q --raw two.png 2>/dev/null
