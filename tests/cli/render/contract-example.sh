# The template of campaign-template(5)'s SYNOPSIS loads and renders, in Russian.
"$CAMPAIGN" render data/templates/good/contract-example.yaml --lang ru --now 2026-12-01 \
	--set event.title="Митинг за достойную зарплату" --set event.date=2026-12-05 \
	--set event.time=12:00 --set event.venue="Парк Горького, Москва" \
	--set url="https://xn--g1anacfhu6f.xn--p1ai/rally/moscow?utm_source=flyer&utm_medium=print" \
	--set phone="+7 (495) 123-45-01" --set hashtag="#Митинг2026" -o flyer.png --dpi 100
ls flyer.png
# With the campaign's long hashtag the contract's unbounded hashtag line runs
# out of the safe area, and that is reported rather than cut.
"$CAMPAIGN" render data/templates/good/contract-example.yaml --lang ru --now 2026-12-01 \
	--set event.title="Митинг" --set event.date=2026-12-05 --set event.time=12:00 \
	--set event.venue="Парк Горького" --set url="https://example.org/r" \
	--set phone="+7 (495) 123-45-01" --set hashtag="#МитингЗаДостойнуюЗарплату" -o long.pdf 2>&1 || echo "exit $?"
ls
