# The CSV and the JSON forms carry the same numbers: every count column of
# the CSV summed equals the JSON's total, and the JSON parses.
"$CAMPAIGN" build examples/rally/campaign.yaml --format none -o out >/dev/null 2>&1
set -- examples/rally/campaign.yaml --access-log data/report/access.log \
	--calls data/report/calls-semicolon-bom-crlf.csv --posts data/report/posts.csv \
	--analytics data/report/ga4.csv
"$CAMPAIGN" report "$@" --format csv >report.csv 2>/dev/null
"$CAMPAIGN" report "$@" --format json >report.json 2>/dev/null
head -3 report.csv
python3 - <<'PY'
import csv, json
rows = list(csv.DictReader(open("report.csv", newline="")))
doc = json.load(open("report.json"))
names = ["visits", "scans", "calls", "callers", "answered", "target_calls", "posts"]
sums = {n: sum(int(r[n]) for r in rows) for n in names}
assert sums == doc["total"], (sums, doc["total"])
assert len(rows) == len(doc["placements"]) > 0
print("csv rows:", len(rows), "total:", " ".join(f"{n}={sums[n]}" for n in names))
print("inputs:", ", ".join(f'{i["format"]} {i["attributed"]}/{i["lines"]}' for i in doc["inputs"]))
PY
