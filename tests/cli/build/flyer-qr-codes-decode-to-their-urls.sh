# The QR code on every flyer of the example decodes, with zbarimg, to exactly
# that placement's URL in the manifest: from the PNG, and from the PDF
# rasterized by pdftoppm.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --quiet >/dev/null
checked=0
tail -n +2 out/manifest.csv | tr -d '\r' | while IFS=, read -r id event source medium campaign content term url rest; do
	[ -f "out/flyers/$id.png" ] || continue
	got=$(zbarimg -q --raw "out/flyers/$id.png" 2>/dev/null | sort -u)
	[ "$got" = "$url" ] || { echo "$id.png: '$got' is not '$url'"; exit 1; }
	pdftoppm -r 200 -png -singlefile "out/flyers/$id.pdf" "page-$id"
	got=$(zbarimg -q --raw "page-$id.png" 2>/dev/null | sort -u)
	[ "$got" = "$url" ] || { echo "$id.pdf: '$got' is not '$url'"; exit 1; }
	echo "$id ok"
done
