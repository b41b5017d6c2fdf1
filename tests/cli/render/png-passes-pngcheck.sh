# pngcheck, a validator independent of libpng, finds a flyer's PNG sound:
# its chunks (no time stamp, so builds repeat byte for byte), 8-bit RGB,
# the dpi asked for; and zbarimg reads its code.
set -- --now 2026-12-01 --set event.title="Rally" --set event.date=2026-12-05 \
	--set event.time=12:00 --set event.venue="Main Square" --set url=https://example.org/r \
	--set phone="+31 20 555 0101" --set hashtag="#Rally"
"$CAMPAIGN" render flyer-a6 "$@" -o flyer.png --dpi 150
pngcheck -v flyer.png >check.txt
sed -n 's/^  chunk \([A-Za-z]*\) .*/\1/p' check.txt | uniq
grep -o '[0-9]* x [0-9]* image, [^,]*' check.txt
grep -o '[0-9]*x[0-9]* pixels/meter ([0-9]* dpi)' check.txt
zbarimg -q --raw flyer.png 2>/dev/null
