# A 225-byte UTM link (version 9 at ECC L on the strips) still fits the
# tear-off strips inside the safe area: the strip codes warn that their
# modules are small, and all seven codes on the page decode to the link.
url="https://example.org/rally?utm_source=flyer&utm_medium=print&utm_campaign=rally_2026&utm_content=$(printf 'x%.0s' $(seq 1 129))"
"$CAMPAIGN" render tearoff-a4 --lang en --now 2026-12-01 --set event.title="Rally" \
	--set event.date=2026-12-05 --set event.time=12:00 --set event.venue="City Park" \
	--set url="$url" --set phone="+1 (212) 555-0100" --set hashtag="#Rally2026" \
	-o tearoff.png --dpi 300 2>&1 | sed 's|^.*/templates/|templates/|'
test "$(zbarimg -q --raw tearoff.png 2>/dev/null | grep -cxF "$url")" = 7
echo "${#url} bytes, 7 codes decode"
