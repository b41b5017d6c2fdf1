# --batch into a new directory: it appears whole, under its own name, with
# nothing hidden beside it; a hidden directory a killed run left (its process
# gone) is removed; one of a live run is not touched.
mkdir work && cd work
printf '%s\n' "https://example.org/?n=1" "https://example.org/?n=2" > urls.txt
mkdir .out.tmp.999999999.deadbeef && : > .out.tmp.999999999.deadbeef/0001.png
mkdir ".out.tmp.$$.cafe"
"$CAMPAIGN" qr --batch urls.txt -o out
ls -A | sed "s/\.$$\./.PID./"
ls -A out
zbarimg -q --raw out/0002.png 2>/dev/null
rmdir ".out.tmp.$$.cafe"
# Into a directory that exists: its other files stay.
: > out/keep.txt
"$CAMPAIGN" qr --batch urls.txt -o out
ls -A out
# A trailing slash names the same new directory.
"$CAMPAIGN" qr --batch urls.txt -o slash/
ls -A slash
