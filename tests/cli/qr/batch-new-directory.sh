# --batch into a new directory: it appears whole, under its own name, with
# nothing hidden beside it; a hidden directory a killed run left (its process
# gone, nothing holding it) is removed; others are not touched.
mkdir work && cd work
printf '%s\n' "https://example.org/?n=1" "https://example.org/?n=2" > urls.txt
mkdir .out.tmp.999999999.deadbeef && : > .out.tmp.999999999.deadbeef/0001.png
mkdir ".out.tmp.$$.0000cafe"
# Not ours to sweep: another output's name that starts alike, and a directory
# its (dead-looking) process still holds locked, as a run in another PID namespace would.
mkdir ".out.tmp.999999.tmp.$$.abcd1234"
mkdir .out.tmp.999999998.0000beef
flock .out.tmp.999999998.0000beef sleep 5 &
holder=$!
sleep 0.2
"$CAMPAIGN" qr --batch urls.txt -o out
ls -A | sed "s/\.$$\./.PID./"
kill $holder 2>/dev/null
wait $holder 2>/dev/null || :
rmdir ".out.tmp.999999.tmp.$$.abcd1234" .out.tmp.999999998.0000beef
ls -A out
zbarimg -q --raw out/0002.png 2>/dev/null
rmdir ".out.tmp.$$.0000cafe"
# Into a directory that exists: its other files stay.
: > out/keep.txt
"$CAMPAIGN" qr --batch urls.txt -o out
ls -A out
# A trailing slash names the same new directory.
"$CAMPAIGN" qr --batch urls.txt -o slash/
ls -A slash
