# pngcheck, a validator independent of libpng, finds the QR PNG sound: its
# chunks (no time stamp, so builds repeat byte for byte), 1-bit gray, and
# the resolution asked for.
mkdir work && cd work
"$CAMPAIGN" qr "https://example.org/r?utm_source=flyer" -o qr.png --size 30mm --dpi 600
pngcheck -v qr.png >check.txt
sed -n 's/^  chunk \([A-Za-z]*\) .*/\1/p' check.txt
grep -o '[0-9]* x [0-9]* image, [^,]*' check.txt
grep -o '[0-9]*x[0-9]* pixels/meter ([0-9]* dpi)' check.txt
zbarimg -q --raw qr.png 2>/dev/null
