# A sheet written as a size that no printer feeds says what is wrong with
# it (a side of zero, negative, too small, too large, far too large for a
# number, no unit), not "unknown sheet" as for a mistyped name. Nothing is
# written; a size within the range still imposes.
for sheet in 0x0mm -5x100mm 5x5mm 2000x100mm 1e9x1e9mm 1e400x10mm 210x297 210x297furlong 210x297mm; do
	"$CAMPAIGN" render flyer-a6 --set event.title="Rally" --set event.date=2026-12-05 \
		--set event.time=12:00 --set event.venue="Park" --set url="https://example.org/r" \
		--set phone="+7 (495) 123-45-01" --set hashtag="#Rally" --sheet "$sheet" -o sheet.pdf || echo "exit $?"
done
pdfinfo sheet.pdf | grep '^Page size'
