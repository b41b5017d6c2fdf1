# A sheet rendered with `campaign render --sheet` is titled as the single
# flyer is: by --title, else by event.title (per language with --sample);
# it had no title unless --title was given.
"$CAMPAIGN" render flyer-a6 --sample -o sheet.pdf --sheet A4 >/dev/null
for l in en ru ar; do pdfinfo sheet-$l.pdf | sed -n 's/^Title: *//p'; done
"$CAMPAIGN" render flyer-a6 --sample -o given.pdf --sheet A4 --title "Stack for the depot" >/dev/null
pdfinfo given-en.pdf | sed -n 's/^Title: *//p'
