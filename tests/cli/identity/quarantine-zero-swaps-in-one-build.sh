# With quarantine_days: 0, the number of a placement that leaves is free for
# a new one in the same build: a pool exactly as large as the campaign can
# swap one placement for another.
mkdir c
spec() { # ids...
	{
		printf 'campaign:\n  name: Rally\n  slug: rally\n  landing: https://example.org/r\n'
		printf '  phones: { country_code: 7, quarantine_days: 0, pool: ["+74951234501", "+74951234502"] }\n'
		printf 'events:\n  - { id: ev, title: Rally, date: 2026-12-05 }\nplacements:\n'
		for id; do
			printf '  - { id: %s, event: ev, source: s, medium: print, content: %s, phone: true }\n' "$id" "$id"
		done
	} >c/rally.yaml
}
spec a b
"$CAMPAIGN" build c/rally.yaml -o out --now 2026-12-01 --format none --quiet
spec a c
"$CAMPAIGN" build c/rally.yaml -o out --now 2026-12-02 --format none --quiet
grep -v '^#' c/rally.ledger | cut -f1,3,4,5
"$CAMPAIGN" phones c/rally.yaml --now 2026-12-02
