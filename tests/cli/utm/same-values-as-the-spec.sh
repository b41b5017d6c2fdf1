# The same text gives the same UTM value through a spec (the default
# utm_campaign made from the campaign's name, a placement's content) and
# through `campaign utm`, byte for byte: hyphens and dashes are word breaks
# like spaces, apostrophes and quotes go, so a link made by hand lands in
# the same row of a report as the ones a build makes.
while IFS='|' read -r name content; do
	cat >spec.yaml <<YAML
campaign:
  name: "$name"
  landing: https://example.org/
events: [{ id: e, title: Rally, date: 2026-12-05 }]
placements: [{ id: p, event: e, source: flyer, medium: print, content: "$content" }]
YAML
	from_spec=$("$CAMPAIGN" build spec.yaml --dry-run --now 2026-11-25 | cut -f2)
	by_hand=$("$CAMPAIGN" utm https://example.org/ --source flyer --medium print \
		--campaign "$name" --content "$content")
	if [ "$from_spec" = "$by_hand" ]; then echo "same: $by_hand"; else echo "differ: $from_spec $by_hand"; fi
done <<'TEXTS'
Riverside Clean-up Day|Gate A
Riverside Clean up Day|Gate-A
People's March|People’s corner
«Жизнь» — Митинг|„Ворота А“ — 2-й вход
Workers’ Day 2.0|Трамвайное депо им. Апакова
Ростов-на-Дону|Rock & Roll, 50% off!
TEXTS
