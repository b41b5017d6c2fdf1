# qr dates its PDFs by SOURCE_DATE_EPOCH: a value out of 1970-9999 is
# refused, naming the variable, not silently ignored as before.
SOURCE_DATE_EPOCH=253402300800 "$CAMPAIGN" qr https://example.org/ -o qr.pdf
