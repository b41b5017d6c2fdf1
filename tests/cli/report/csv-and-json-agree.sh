# The CSV and the JSON forms carry the same numbers: every count column of
# the CSV summed equals the JSON's total, each model's credit too (and sums
# to whole conversions), and the JSON parses.
"$CAMPAIGN" build examples/rally/campaign.yaml --format none -o out >/dev/null 2>&1
set -- examples/rally/campaign.yaml --access-log data/report/access.log \
	--calls data/report/calls-semicolon-bom-crlf.csv --posts data/report/posts.csv \
	--analytics data/report/ga4.csv --conversions data/report/bitrix24-leads.csv
"$CAMPAIGN" report "$@" --format csv >report.csv 2>/dev/null
"$CAMPAIGN" report "$@" --format json >report.json 2>/dev/null
head -3 report.csv
python3 - <<'PY'
import csv, json
rows = list(csv.DictReader(open("report.csv", newline="")))
doc = json.load(open("report.json"))
names = ["visits", "scans", "calls", "callers", "answered", "target_calls", "posts", "conversions"]
sums = {n: sum(int(r[n]) for r in rows) for n in names}
total = dict(doc["total"])
credit = total.pop("credit_hundredths")
cost = total.pop("cost")
assert sums == total, (sums, total)
# cost: the CSV's decimals of the placements with one, and the JSON's kopecks
costed = [r for r in rows if r["cost"]]
assert sum(round(float(r["cost"]) * 100) for r in costed) == cost["minor"], cost
responses = sum(int(r["visits"]) + int(r["calls"]) + int(r["posts"]) for r in costed)
assert cost["per_response_minor"] == (2 * cost["minor"] + responses) // (2 * responses), cost
# credit: the CSV's decimals and the JSON's hundredths, model by model
for model, hundredths in credit.items():
    assert sum(round(float(r["credit_" + model]) * 100) for r in rows) == hundredths, model
    assert hundredths % 100 == 0, (model, hundredths)  # whole conversions, however shared
assert len(rows) == len(doc["placements"]) > 0
print("csv rows:", len(rows), "total:", " ".join(f"{n}={sums[n]}" for n in names))
print("cost:", doc["currency"]["code"], cost["minor"], "kopecks,", cost["per_response_minor"], "per response,", cost["per_conversion_minor"], "per conversion")
print("inputs:", ", ".join(f'{i["format"]} {i["attributed"]}/{i["lines"]}' for i in doc["inputs"]))
PY
