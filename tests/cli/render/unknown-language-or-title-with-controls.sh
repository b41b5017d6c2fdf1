# --lang names a language the library has dates and texts in: any other
# would print them in English without a word, so it is a usage error that
# lists the languages and suggests the one meant. A --title (the PDF's
# title, shown in a viewer's title bar) with a control character is
# refused as a --set value is; nothing is written either way.
set -- --set event.title=Rally --set event.date=2026-12-05 --set event.time=12:00 \
	--set event.venue=Park --set url=https://example.org/ --set phone="+7 495 123-45-01" \
	--set hashtag="#Rally"
"$CAMPAIGN" render flyer-a6 -o xx.pdf --lang xx "$@" || echo "exit $?"
"$CAMPAIGN" render flyer-a6 -o rus.pdf --lang rus "$@" || echo "exit $?"
"$CAMPAIGN" render flyer-a6 -o title.pdf --title "$(printf 'Rally\033[2J')" "$@" || echo "exit $?"
"$CAMPAIGN" render flyer-a6 -o title.pdf --title "$(printf 'Rally \342\200\256yllaR')" "$@" || echo "exit $?"
test ! -e xx.pdf && test ! -e rus.pdf && test ! -e title.pdf
# A known language in any case and with a region is taken, and prints its month.
"$CAMPAIGN" render flyer-a6 -o ru.pdf --lang RU-ru "$@"
pdftotext ru.pdf - | grep -o 'декабря'
