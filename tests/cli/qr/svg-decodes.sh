# An SVG is one path, 30 mm wide, and decodes once rasterized by another program.
mkdir work && cd work
"$CAMPAIGN" qr "https://example.org/events/rally-2026?utm_source=flyer&utm_medium=print" -o qr.svg --size 30mm
grep -c '<path' qr.svg
grep -o 'width="[^"]*" height="[^"]*" viewBox="[^"]*"' qr.svg
rsvg-convert -d 300 -p 300 qr.svg -o qr-svg.png
zbarimg -q --raw qr-svg.png 2>/dev/null
