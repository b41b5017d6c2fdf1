# The link a rendered flyer prints and encodes is held to the spec's rules
# for a landing: credentials, an escaped control, port 0, a script URL are
# refused before anything is drawn (they were drawn into the QR code, and
# zbarimg read the password back); a host a phone cannot reach is a warning.
for url in "https://user:pass@union.example.org/" "https://example.org/?q=%00" \
	"https://example.org:0/" "javascript:alert(1)" "https://localhost/r" "https://example.org/r"; do
	status=0
	"$CAMPAIGN" render flyer-a6 --lang en --now 2026-11-25 --set event.title=Rally \
		--set event.date=2026-12-05 --set event.time=12:00 --set "event.venue=City Park" \
		--set "url=$url" --set "phone=+1 (212) 555-0100" --set "hashtag=#Rally" -o flyer.pdf 2>&1 ||
		status=$?
	echo "exit $status"
	ls flyer.pdf 2>/dev/null || echo "nothing written"
	rm -f flyer.pdf
done
