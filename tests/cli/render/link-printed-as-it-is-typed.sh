# The link printed beside the QR code leads where the code does when typed:
# a path's escapes are decoded only when every character is a letter or a
# digit a keyboard types as seen. A no-break space, a division slash that
# passes for "/", a Cyrillic а in a Latin word and a decomposed é stay
# escaped; a Russian word is printed in Cyrillic (read back from the PDF).
for path in a%C2%A0b a%E2%88%95b %D0%B0pple cafe%CC%81 %D0%BC%D0%B8%D1%82%D0%B8%D0%BD%D0%B3; do
	"$CAMPAIGN" render calm-flyer-a5 --sample --set "url=https://example.org/$path" -o f.pdf >/dev/null
	pdftotext f-en.pdf - | grep '^example\.org/'
done
