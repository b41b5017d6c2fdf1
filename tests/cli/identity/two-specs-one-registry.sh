# Two campaigns draw from one pool through a shared registry, one after the
# other: the second never gets a number the first holds, a number the first
# lets go waits out its quarantine for the second too, and numbers two
# ledgers both hold (from before the registry) are an error naming both.
mkdir c
spec() { # file slug ids...
	f=$1 slug=$2
	shift 2
	{
		printf 'campaign:\n  name: %s\n  slug: %s\n  landing: https://example.org/r\n' "$slug" "$slug"
		printf '  registry: shared.registry\n'
		printf '  phones: { country_code: 7, quarantine_days: 30, pool: [%s] }\n' \
			'"+74951234501", "+74951234502", "+74951234503", "+74951234504"'
		printf 'events:\n  - { id: ev, title: Rally, date: 2026-12-05 }\nplacements:\n'
		for id; do
			printf '  - { id: %s, event: ev, source: s, medium: print, content: %s, phone: true }\n' "$id" "$id"
		done
	} >"c/$f"
}
spec ru.yaml rally-ru a b
spec ar.yaml rally-ar x y
"$CAMPAIGN" build c/ru.yaml -o out-ru --now 2026-12-01 --format none --quiet
"$CAMPAIGN" build c/ar.yaml -o out-ar --now 2026-12-01 --format none --quiet
grep -v '^#' c/shared.registry
# ru lets b go: +74951234502 is in quarantine for ar as well.
spec ru.yaml rally-ru a
"$CAMPAIGN" build c/ru.yaml -o out-ru --now 2026-12-02 --format none --quiet
spec ar.yaml rally-ar x y z
"$CAMPAIGN" build c/ar.yaml -o out-ar --now 2026-12-02 --format none --quiet || echo "exit $?"
"$CAMPAIGN" phones c/ar.yaml --now 2026-12-02 || echo "exit $?"
# 30 days later it is free for anyone.
"$CAMPAIGN" build c/ar.yaml -o out-ar --now 2027-01-01 --format none --quiet
grep -v '^#' c/shared.registry
# Who held a number, and when: every time it was given, from the registry.
"$CAMPAIGN" resolve --registry c/shared.registry 'tel:+7-495-123-45-02'
"$CAMPAIGN" resolve --registry c/shared.registry '+7 495 123-45-09' || echo "exit $?"
