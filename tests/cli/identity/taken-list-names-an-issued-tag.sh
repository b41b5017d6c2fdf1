# A tag the ledger issued, listed later in the spec's taken list (another
# organization uses it), stays with its placement, since it is printed; the
# build says so, once, instead of nothing. A new placement's tag avoids it.
mkdir c
printf '%s\n' 'campaign: {name: Rally, slug: rally, landing: "https://example.org/rally",' \
	'  hashtag: {scope: placement, taken: taken.txt}}' \
	'events: [{id: ev, title: Rally, date: 2026-12-05}]' \
	'placements:' '  - {id: gate-a, event: ev, source: flyer, medium: print, content: a}' >c/rally.yaml
: >c/taken.txt
"$CAMPAIGN" build c/rally.yaml -o out --now 2026-11-25 --format none --quiet
echo '#rally' >c/taken.txt
echo '  - {id: gate-b, event: ev, source: flyer, medium: print, content: b}' >>c/rally.yaml
"$CAMPAIGN" build c/rally.yaml -o out --now 2026-11-26 --format none --quiet
grep -v '^#' c/rally.ledger | cut -f1,6
