# Two campaigns on one registry, built at the same time, twenty rounds,
# their placements changing every round with no quarantine: the registry
# lock makes them take turns, and no number is ever held by two placements,
# by the registry's record and by the two manifests.
mkdir c
spec() { # file slug round
	f=$1 slug=$2 round=$3
	{
		printf 'campaign:\n  name: %s\n  slug: %s\n  landing: https://example.org/r\n' "$slug" "$slug"
		printf '  registry: shared.registry\n'
		printf '  phones:\n    country_code: 7\n    quarantine_days: 0\n    pool:\n'
		for n in 01 02 03 04 05 06 07 08 09 10 11 12; do printf '      - "+749512345%s"\n' "$n"; done
		printf 'events:\n  - { id: ev, title: Rally, date: 2026-12-05 }\nplacements:\n'
		# Five placements a round, two of them new: numbers are let go and taken.
		for i in 1 2 3 4 5; do
			id="p$(( (round * 2 + i) % 9 ))"
			printf '  - { id: %s, event: ev, source: s, medium: print, content: %s, phone: true }\n' "$id" "$id"
		done
	} >"c/$f"
}
round=1
while [ $round -le 20 ]; do
	spec a.yaml camp-a $round
	spec b.yaml camp-b $((round + 4))
	"$CAMPAIGN" build c/a.yaml -o out-a --now 2026-12-01 --format none --quiet >/dev/null & pa=$!
	"$CAMPAIGN" build c/b.yaml -o out-b --now 2026-12-01 --format none --quiet >/dev/null & pb=$!
	wait $pa || echo "round $round: a failed"
	wait $pb || echo "round $round: b failed"
	held=$(grep '^phone' c/shared.registry | awk -F '\t' '$6 == "-" { print $2 }' | sort | uniq -d)
	[ -z "$held" ] || echo "round $round: held twice in the registry: $held"
	python3 - out-a/manifest.json out-b/manifest.json <<'PY' || echo "round $round: manifests share a number"
import json, sys
a = {p["phone"] for p in json.load(open(sys.argv[1]))["placements"]}
b = {p["phone"] for p in json.load(open(sys.argv[2]))["placements"]}
sys.exit(1 if a & b or len(a) != 5 or len(b) != 5 else 0)
PY
	round=$((round + 1))
done
echo "20 rounds"
grep -c '^phone' c/shared.registry >/dev/null && echo "registry kept"
