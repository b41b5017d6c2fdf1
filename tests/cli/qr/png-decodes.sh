# A PNG of a mixed-case URL decodes to exactly that URL; 30 mm is snapped to whole pixels.
mkdir work && cd work
"$CAMPAIGN" qr "https://Example.org/Rally?utm_source=Flyer&utm_medium=Print#SignUp" -o qr.png --size 30mm
zbarimg -q --raw qr.png 2>/dev/null
file -b qr.png
