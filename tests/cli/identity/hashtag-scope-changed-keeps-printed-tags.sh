# A spec that moves from a tag per placement to one per event keeps the tags
# already printed: once gate-b's own #Rally_2 was replaced by the event's
# #Rally in the ledger, exit 0, and posts with #Rally_2 resolved to nothing.
# It keeps its tag, with a warning naming it; a new placement gets the
# event's; resolve still finds gate-b by its tag. Back to scope placement,
# every placement keeps what it has.
mkdir c
printf '%s\n' 'campaign: {name: Rally, slug: rally, landing: "https://example.org/rally",' \
	'  hashtag: {scope: placement}}' 'events: [{id: ev, title: Rally, date: 2026-12-05}]' \
	'placements:' >c/rally.yaml
for gate in a b c; do
	echo "  - {id: gate-$gate, event: ev, source: flyer, medium: print, content: $gate}" >>c/rally.yaml
done
"$CAMPAIGN" build c/rally.yaml -o out --now 2026-12-01 --format none --quiet
cut -f1,6 c/rally.ledger | grep -v '^#'
sed -i 's/scope: placement/scope: event/' c/rally.yaml
echo '  - { id: gate-d, event: ev, source: flyer, medium: print, content: d }' >>c/rally.yaml
"$CAMPAIGN" build c/rally.yaml -o out --now 2026-12-02 --format none --quiet
cut -f1,6 c/rally.ledger | grep -v '^#'
"$CAMPAIGN" resolve c/rally.yaml '#rally_2' --now 2026-12-02 2>/dev/null | cut -f1,4
sed -i 's/scope: event/scope: placement/' c/rally.yaml
"$CAMPAIGN" build c/rally.yaml -o out --now 2026-12-03 --format none --quiet
cut -f1,6 c/rally.ledger | grep -v '^#'
