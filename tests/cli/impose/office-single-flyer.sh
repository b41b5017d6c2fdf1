# --office alone: the flyer on a page of its own size (A6, 297.64 x 419.53
# pt), no bleed, no crop marks, scaled to stay 5 mm inside the edge.
"$CAMPAIGN" render flyer-a6 --now 2026-12-01 --set event.title="Rally" --set event.date=2026-12-05 \
	--set event.time=12:00 --set event.venue="Park" --set url="https://example.org/r" \
	--set phone="+7 (495) 123-45-01" --set hashtag="#Rally" --office -o one.pdf
pdfinfo -box one.pdf | grep -E '^(Pages|Page size|MediaBox|TrimBox|BleedBox)'
pdftoppm -r 72 -gray one.pdf page
python3 "$TESTS/cli/helpers/sheet_pixels.py" margin page-1.pgm 14.2
