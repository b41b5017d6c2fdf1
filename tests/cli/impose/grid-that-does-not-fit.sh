# 2 x 2 A6 flyers need 210 x 296 mm: with bleed and cut marks they do not fit
# on A4, and the error says how much room the sheet leaves. Nothing written.
"$CAMPAIGN" render flyer-a6 --set event.title="Rally" --set event.date=2026-12-05 \
	--set event.time=12:00 --set event.venue="Park" --set url="https://example.org/r" \
	--set phone="+7 (495) 123-45-01" --set hashtag="#Rally" --sheet A4 --grid 2x2 -o sheet.pdf || echo "exit $?"
"$CAMPAIGN" render flyer-a6 --set event.title="Rally" --set event.date=2026-12-05 \
	--set event.time=12:00 --set event.venue="Park" --set url="https://example.org/r" \
	--set phone="+7 (495) 123-45-01" --set hashtag="#Rally" --sheet B9 -o sheet.pdf || echo "exit $?"
ls
