# campaign build --office: flyers/ holds PDFs for an office printer, each the
# flyer's own size with no bleed and no marks, nothing within 5 mm of the edge.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --office --format pdf --quiet
pdfinfo -box out/flyers/flyer-depot.pdf | grep -E '^(Page size|MediaBox|TrimBox|BleedBox)'
pdftoppm -r 72 -gray out/flyers/flyer-gate-a.pdf gate
python3 "$TESTS/cli/helpers/sheet_pixels.py" margin gate-1.pgm 14.2
# --combine for an office printer needs a sheet: flyers of four sizes make no
# one page. Refused before anything is written.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out2 --now 2026-11-25 --office --combine all.pdf 2>&1 || echo "exit $?"
ls
