# SOURCE_DATE_EPOCH as campaign(1) describes it: leading zeros are the same
# number (two PDFs, one dated 1795564800 and one 0001795564800, are the same
# bytes); an empty value is unset (the PDF carries today's date, not an
# error); the largest value is taken and one more is refused.
SOURCE_DATE_EPOCH=1795564800 "$CAMPAIGN" qr https://example.org/ -o plain.pdf
SOURCE_DATE_EPOCH=0001795564800 "$CAMPAIGN" qr https://example.org/ -o zeros.pdf
cmp -s plain.pdf zeros.pdf && echo "leading zeros: the same PDF"
pdfinfo plain.pdf | sed -n 's/^CreationDate: *//p' | TZ=UTC LC_ALL=C awk '{print "dated", $5, $2, $3}'
SOURCE_DATE_EPOCH= "$CAMPAIGN" qr https://example.org/ -o empty.pdf && echo "empty: taken as unset"
year=$(date -u +%Y)
TZ=UTC pdfinfo empty.pdf | grep -q "$year" && echo "empty: dated this year"
SOURCE_DATE_EPOCH=000 "$CAMPAIGN" qr https://example.org/ -o zero.pdf && echo "000: taken"
SOURCE_DATE_EPOCH=253402300799 "$CAMPAIGN" qr https://example.org/ -o last.pdf && echo "253402300799: taken"
SOURCE_DATE_EPOCH=0253402300800 "$CAMPAIGN" qr https://example.org/ -o over.pdf || echo "exit $?"
