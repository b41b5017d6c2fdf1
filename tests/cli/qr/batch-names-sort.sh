# The numbers in the names are as wide as the largest one, so they sort as the
# lines do: a list of 10000 lines writes 00001.svg to 10000.svg (once 9999.svg
# was followed by 10000.svg, which sorts before it).
seq -f 'https://example.org/%g' 1 10000 > urls.txt
"$CAMPAIGN" qr --batch urls.txt -o codes --format svg -j 2
ls codes | head -2
ls codes | tail -2
ls codes | wc -l
