# An Arabic flyer renders: dates and built-in texts in Arabic.
"$CAMPAIGN" render flyer-a6 --lang ar --set event.title="مسيرة من أجل أجر عادل" \
	--set event.date=2026-12-05 --set event.time=12:00 --set event.venue="ساحة التحرير" \
	--set url=https://example.org/r --set phone="+20 2 1234 5601" --set hashtag="#أجر_عادل" \
	-o out.pdf --now 2026-12-01
ls -A
