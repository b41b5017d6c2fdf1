# One template to PDF and to PNG: both written, nothing printed.
set -- --lang ru --now 2026-12-01 --set event.title="Митинг" --set event.date=2026-12-05 \
	--set event.time=12:00 --set event.venue="Парк Горького" --set url=https://example.org/r \
	--set phone="+7 (495) 123-45-01" --set hashtag="#Митинг"
"$CAMPAIGN" render flyer-a6 "$@" -o flyer.pdf
"$CAMPAIGN" render flyer-a6 "$@" -o flyer.png --dpi 72
head -c 5 flyer.pdf; echo
od -An -c -N 4 flyer.png | tr -d ' '
ls -A
