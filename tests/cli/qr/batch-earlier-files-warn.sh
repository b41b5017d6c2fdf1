# A shorter batch into the directory of a longer one leaves the earlier
# codes 0004 to 0010 in place (they could be someone's), and says how many
# there are, so nobody prints a stale code thinking it is new. Files in
# another format or not named by number are not counted.
seq -f 'https://example.org/a%g' 1 10 > ten.txt
seq -f 'https://example.org/b%g' 1 3 > three.txt
"$CAMPAIGN" qr --batch ten.txt -o codes
: > codes/logo.png
: > codes/0011.svg
"$CAMPAIGN" qr --batch three.txt -o codes
ls codes | wc -l
zbarimg -q --raw codes/0003.png codes/0004.png 2>/dev/null
