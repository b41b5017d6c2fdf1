# qr -o FILE removes the temp files of FILE a killed run left (their writer
# process is gone, and nothing wrote them for an hour), and keeps a live
# writer's.
dead=$(sh -c 'echo $$')
kill -0 "$dead" 2>/dev/null && { echo "PID $dead was reused; run again"; exit 1; }
live=$$
touch -d '2 hours ago' ".code.png.tmp.$dead.00c0ffee" ".code.png.tmp.$live.00c0ffee"
"$CAMPAIGN" qr 'https://example.org/' -o code.png
zbarimg -q --raw code.png 2>/dev/null
ls -A | grep '\.tmp\.' | sed "s/\.$dead\./.DEAD./; s/\.$live\./.LIVE./" | sort
