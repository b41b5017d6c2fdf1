# --gutter 0: four A6 flyers butt to butt on A3, the trims one block of
# 210 x 296 mm (595.28 x 839.06 pt) with the bleed outside it only; a cut
# mark for each cut line, in line with it, outside the block and its bleed.
"$CAMPAIGN" render flyer-a6 --now 2026-12-01 --set event.title="Rally" --set event.date=2026-12-05 \
	--set event.time=12:00 --set event.venue="Park" --set url="https://example.org/r" \
	--set phone="+7 (495) 123-45-01" --set hashtag="#Rally" --sheet A3 --gutter 0 -o butt.pdf
pdfinfo -box butt.pdf | grep -E '^(Page size|TrimBox|BleedBox)'
pdftoppm -r 72 -gray butt.pdf page
# A3 is 841.89 x 1190.55 pt; the block is centred: trims x 123.3 .. 420.9 .. 718.6,
# y 175.7 .. 595.3 .. 1014.8. Marks stand 3 mm (bleed) + 2 mm off the block.
for xy in "421 160" "421 1030" "108 595" "734 595" "123 160" "718 1030"; do
	printf '%s: ' "$xy"; python3 "$TESTS/cli/helpers/sheet_pixels.py" ink page-1.pgm $xy
done
# Between the marks, outside the bleed: white.
printf '300 160: '; python3 "$TESTS/cli/helpers/sheet_pixels.py" ink page-1.pgm 300 160
