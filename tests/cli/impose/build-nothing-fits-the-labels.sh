# Flyers on a label product without a sheet template: none of the rally's
# flyers fits a 99.1 x 38.1 mm label, each template is a warning, and the
# imposed --combine PDF is not written (said), while the build succeeds.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --format pdf \
	--labels "Avery L7163" --combine stickers.pdf --quiet
ls . out
# With --format none, the sheet template's stickers still make the --combine set.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out2 --now 2026-11-25 --format none \
	--labels "Avery L7163" --sheet-template examples/stickers/qr-sticker.yaml --combine stickers.pdf --quiet
pdfinfo stickers.pdf | grep -E '^Pages'
