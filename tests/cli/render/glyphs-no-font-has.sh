# Characters no installed font can draw would print as hex boxes: refused at
# the element, naming them, and nothing is written. (The tests see only
# DejaVu, which has no emoji and no CJK, whatever else the machine has:
# tests/fonts.conf.in. Drawn after all, the exit, the message and the file
# listed below all differ.)
status=0
"$CAMPAIGN" render flyer-a6 --lang en --now 2026-12-01 --set event.title="Rally 🎉 集会" \
	--set event.date=2026-12-05 --set event.time=12:00 --set event.venue="City Park" \
	--set url=https://example.org/r --set phone="+1 (212) 555-0100" --set hashtag="#Rally" \
	-o flyer.pdf 2>err || status=$?
echo "exit $status"
sed 's|^.*/templates/|templates/|' err
rm err
ls
