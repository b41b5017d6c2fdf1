# 500 copies of an A6 flyer, step and repeat on SRA3: as many as fit (2 x 2
# with bleed and cut marks), 125 sheets, one TrimBox around the four trims
# and a BleedBox 3 mm outside it; every QR code of a sheet scans; the sheet
# stays vector (no image) with each font embedded once.
"$CAMPAIGN" render flyer-a6 --now 2026-12-01 --set event.title="Rally" --set event.date=2026-12-05 \
	--set event.time=12:00 --set event.venue="Park" --set url="https://example.org/r?utm_source=flyer" \
	--set phone="+7 (495) 123-45-01" --set hashtag="#Rally" --sheet SRA3 --copies 500 -o sheets.pdf
qpdf --check sheets.pdf >/dev/null
pdfinfo -box sheets.pdf | grep -E '^(Pages|Page size|MediaBox|TrimBox|BleedBox)'
pdftoppm -r 150 -f 1 -l 1 -png sheets.pdf page
zbarimg --quiet page-001.png 2>/dev/null | sort | uniq -c
pdfimages -list sheets.pdf | tail -n +3 | wc -l
pdffonts sheets.pdf | tail -n +3 | awk '{print $1}' | sed 's/^[A-Z]*+//' | sort | uniq -c
