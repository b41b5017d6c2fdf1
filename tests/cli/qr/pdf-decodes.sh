# A PDF page is the code's size and decodes once rasterized by poppler.
mkdir work && cd work
SOURCE_DATE_EPOCH=1700000000 "$CAMPAIGN" qr "https://example.org/?utm_source=poster&utm_content=Gate_A" -o qr.pdf --size 4cm --ecc Q
pdfinfo qr.pdf | grep -E '^(Pages|Page size|CreationDate):'
pdftoppm -r 300 -png qr.pdf page
zbarimg -q --raw page-1.png 2>/dev/null
