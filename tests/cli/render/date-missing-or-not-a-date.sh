# A date that is not a real day is refused with the spec's rule and words
# (it printed as given under {{event.date}}); the names made from
# event.date say so when it is missing, rather than suggesting the very
# name that failed; nothing is written.
set -- --lang en --now 2026-12-01 --set event.title=Rally --set event.time=12:00 \
	--set event.venue="City Park" --set url=https://example.org/r \
	--set phone="+1 (212) 555-0100" --set hashtag="#Rally"
status=0
"$CAMPAIGN" render flyer-a6 "$@" --set event.date=2026-02-30 -o a.pdf 2>err || status=$?
echo "exit $status"
status=0
"$CAMPAIGN" render flyer-a6 "$@" -o b.pdf 2>>err || status=$?
echo "exit $status"
sed 's|^.*/templates/|templates/|' err
rm err
ls
