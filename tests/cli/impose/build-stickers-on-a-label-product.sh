# The rally's QR codes as a sticker set on a real label product: every
# placement with a template gets a sticker made from the example's
# qr-sticker.yaml with its own values, one after another on Avery L7163
# (the installed glabels-data): 8 stickers on one sheet of 14, each code
# the placement's own link. sheets/<id>.pdf is one placement's sheet of 14.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --labels "Avery L7163" \
	--sheet-template examples/stickers/qr-sticker.yaml --combine stickers.pdf --quiet 2>/dev/null
pdfinfo -box stickers.pdf | grep -E '^(Pages|Page size|TrimBox)'
pdftoppm -r 300 -singlefile -png stickers.pdf set
zbarimg --quiet set.png 2>/dev/null | sed 's/.*utm_content=//' | sort
pdftoppm -r 300 -singlefile -png out/sheets/poster-park-kultury.pdf one
zbarimg --quiet one.png 2>/dev/null | sed 's/.*utm_content=//' | sort | uniq -c
# A sheet template too large for the label is refused before anything is written.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out2 --now 2026-11-25 --labels "Avery L7163" \
	--sheet-template flyer-a6 --quiet 2>&1 || echo "exit $?"
ls
