# An exhausted pool says how many numbers are in quarantine and the day the
# first is free again, writes nothing, and `phones` still prints its table.
mkdir c
spec() { # quarantine ids...
	q=$1
	shift
	{
		printf 'campaign:\n  name: Rally\n  slug: rally\n  landing: https://example.org/r\n'
		printf '  phones: { country_code: 7, quarantine_days: %s, pool: ["+74951234501", "+74951234502"] }\n' "$q"
		printf 'events:\n  - { id: ev, title: Rally, date: 2026-12-05 }\nplacements:\n'
		for id; do
			printf '  - { id: %s, event: ev, source: s, medium: print, content: %s, phone: true }\n' "$id" "$id"
		done
	} >c/rally.yaml
}
spec 90 a b
"$CAMPAIGN" build c/rally.yaml -o out --now 2026-12-01 --format none --quiet
spec 90 a c
cp c/rally.ledger before.ledger
"$CAMPAIGN" build c/rally.yaml -o out --now 2026-12-02 --format none --quiet || echo "exit $?"
cmp before.ledger c/rally.ledger && echo "ledger unchanged"
"$CAMPAIGN" phones c/rally.yaml --now 2026-12-02 || echo "exit $?"
