# Sizes take mm, cm, in, pt and px; px are counted at the --dpi given.
mkdir work && cd work
"$CAMPAIGN" qr "https://example.org/" -o a.png --size 400px --dpi 600
"$CAMPAIGN" qr "https://example.org/" -o b.png --size 1in --dpi 150
"$CAMPAIGN" qr "https://example.org/" -o c.png --module 0.5mm --dpi 1200
"$CAMPAIGN" qr "https://example.org/" -o d.svg --size 72pt
file -b a.png b.png c.png
grep -o 'width="[^"]*mm"' d.svg
