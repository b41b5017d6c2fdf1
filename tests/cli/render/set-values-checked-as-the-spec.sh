# Every identifier `render --set` prints is held to the rule the spec's is
# made by, each refused in its own words and nothing written: a time or
# date that is not one (it printed on paper as given), a phone number with
# letters, an E.164 number or tel: URI with separators, a hashtag that the
# builder would not make. The last run shows the same values accepted when
# they are right (a national display form included).
set -- flyer-a6 --lang en --now 2026-12-01 --set event.title=Rally \
	--set "event.venue=City Park" --set url=https://example.org/r
ok_when="--set event.date=2026-12-05 --set event.time=12:00"
ok_ids="--set phone=+12125550100 --set hashtag=#Rally"
try() {
	status=0
	"$CAMPAIGN" render "$@" -o out.pdf || status=$?
	echo "exit $status"
	test ! -e out.pdf
}
try "$@" $ok_ids --set event.date=2026-12-05 --set event.time=25:99
try "$@" $ok_ids --set event.date=2026-12-05 --set event.time=9:30
try "$@" $ok_ids --set event.date=2026-02-30 --set event.time=12:00
try "$@" $ok_ids --set event.date=05.12.2026 --set event.time=12:00
try "$@" $ok_when --set "phone=call me" --set hashtag=#Rally
try "$@" $ok_when --set "phone=+1 212 555" --set hashtag=#Rally
try "$@" $ok_when $ok_ids --set "phone_e164=+1 212 555 0100"
try "$@" $ok_when $ok_ids --set tel=+12125550100
try "$@" $ok_when --set phone=+12125550100 --set hashtag=Rally
try "$@" $ok_when --set phone=+12125550100 --set "hashtag=#Rally 2026"
try "$@" $ok_when --set phone=+12125550100 --set "hashtag=#2026Rally"
"$CAMPAIGN" render "$@" $ok_when --set "phone=8 (495) 123-45-01" --set hashtag=#Rally_2026 \
	--set phone_e164=+74951234501 --set tel=tel:+74951234501 -o ok.pdf
ls
