# A value given on the command line is checked as the spec's values are: a
# right-to-left override would print "City Park" as "kraP ytiC". Refused,
# naming the value and the character; nothing is written. A direction mark
# and a zero-width space (which only shape the text around them) render.
status=0
"$CAMPAIGN" render flyer-a6 --lang en --now 2026-12-01 --set event.title=Rally \
	--set event.date=2026-12-05 --set event.time=12:00 --set "event.venue=$(printf '\342\200\256City Park')" \
	--set url=https://example.org/r --set phone="+1 (212) 555-0100" --set hashtag="#Rally" \
	-o flyer.pdf || status=$?
echo "exit $status"
test ! -e flyer.pdf
"$CAMPAIGN" render flyer-a6 --lang en --now 2026-12-01 --set event.title=Rally \
	--set event.date=2026-12-05 --set event.time=12:00 --set "event.venue=$(printf 'City\342\200\213 Park\342\200\216')" \
	--set url=https://example.org/r --set phone="+1 (212) 555-0100" --set hashtag="#Rally" \
	-o flyer.pdf
pdftotext flyer.pdf - | grep -c 'City.* Park'
