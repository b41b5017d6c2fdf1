# A ledger or registry reached through a symbolic link (kept in another
# folder, or in version control elsewhere) is read, locked and rewritten
# where the link leads: the link stays a link, and a second campaign that
# names the registry by its real path sees the first one's numbers. A link
# to nothing, and one file given as both ledger and registry, are refused
# at once.
spec() { # file slug placements...
	f=$1 slug=$2
	shift 2
	{
		printf 'campaign:\n  name: %s\n  slug: %s\n  landing: https://example.org/r\n' "$slug" "$slug"
		printf '  registry: %s\n' "$REG"
		printf '  phones:\n    country_code: 7\n    pool: ["+74951234501", "+74951234502", "+74951234503"]\n'
		printf 'events:\n  - { id: ev, title: Rally, date: 2026-12-05 }\nplacements:\n'
		for id in "$@"; do
			printf '  - { id: %s, event: ev, source: s, medium: print, content: %s, phone: true }\n' "$id" "$id"
		done
	} >"$f"
}
mkdir -p real
REG=shared.registry spec a.yaml camp-a p1
"$CAMPAIGN" build a.yaml -o out-a --now 2026-12-01 --format none --quiet >/dev/null
mv shared.registry real/shared.registry
ln -s real/shared.registry shared.registry
mv a.ledger real/a.ledger
ln -s real/a.ledger a.ledger
REG=shared.registry spec a.yaml camp-a p1 p2
"$CAMPAIGN" build a.yaml -o out-a --now 2026-12-01 --format none --quiet >/dev/null
test -L shared.registry && test -L a.ledger && echo "still links"
grep -c '^p[12]	' real/a.ledger
# Another campaign names the real file: it sees camp-a's two numbers.
REG=real/shared.registry spec b.yaml camp-b q1
"$CAMPAIGN" build b.yaml -o out-b --now 2026-12-01 --format none --quiet >/dev/null
awk -F '\t' '$1 == "phone" && $6 == "-" { print $2, $3, $4 }' real/shared.registry | sort

status=0
ln -s nowhere/gone.registry dangling.registry
REG=dangling.registry spec c.yaml camp-c r1
"$CAMPAIGN" build c.yaml -o out-c --now 2026-12-01 --format none --quiet || status=$?
echo "exit $status"
status=0
REG=d.ledger spec d.yaml camp-d s1
timeout 20 "$CAMPAIGN" build d.yaml -o out-d --now 2026-12-01 --format none --quiet || status=$?
echo "exit $status"
test ! -e out-c && test ! -e out-d && echo "nothing written"
