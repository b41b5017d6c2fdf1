# The example's week of traces (examples/rally/traces/), reported from a
# fresh copy without a ledger, as README shows it: the table printed there
# is this run's, byte for byte, and so is the chart committed beside the
# example. The numbers are then counted again from the raw files by Python
# (visits per utm_content, calls per tracking number, posts with the tag,
# cost per response in exact fractions rounded half up) and compared with
# the CSV form, so the README's numbers are right, not just stable.
t=examples/rally/traces
"$CAMPAIGN" report examples/rally/campaign.yaml --utc-offset +03:00 \
	--access-log $t/access.log --calls $t/calls.csv --posts $t/posts.csv \
	--conversions $t/leads.csv --chart rally-report.png >table.txt 2>inputs.txt
test ! -e examples/rally/campaign.ledger && echo "no ledger written"
awk '/^<!-- rally-report-table -->$/ { on = 1; next } on && /^```/ { if (seen) exit; seen = 1; next }
     on && seen' "$TESTS/../README.md" >readme-table.txt
cmp table.txt readme-table.txt && echo "README's table: this run's"
cmp rally-report.png "$TESTS/../examples/rally/report-chart.png" && echo "README's chart: this run's"
pngcheck -q rally-report.png && echo "pngcheck: ok"
cat inputs.txt
"$CAMPAIGN" report examples/rally/campaign.yaml --utc-offset +03:00 \
	--access-log $t/access.log --calls $t/calls.csv --posts $t/posts.csv \
	--conversions $t/leads.csv --format csv >report.csv 2>/dev/null
python3 - "$t" <<'PY'
import csv, re, sys
from fractions import Fraction
t = sys.argv[1]
rows = {r["placement"]: r for r in csv.DictReader(open("report.csv", newline="")) if r["placement"]}
content = {"prokhodnaia_a": "flyer-gate-a", "prokhodnaia_b": "flyer-gate-b",
           "tramvainoe_depo_im_apakova": "flyer-depot", "canteen_board": "tearoff-canteen",
           "park_kultury": "poster-park-kultury", "oktiabrskaia": "poster-oktyabrskaya",
           "frunzenskaia": "poster-frunzenskaya", "shabolovskaia": "poster-shabolovskaya",
           "december_issue": "newsletter-dec"}
visits = dict.fromkeys(rows, 0)
line_re = re.compile(r'^\S+ \S+ \S+ \[[^]]+\] "GET (\S+) [^"]*" ([23]\d\d) \S+ "[^"]*" "([^"]*)"$')
for line in open(f"{t}/access.log", encoding="utf-8"):
    m = line_re.match(line.rstrip("\n"))
    if not m or "bot" in m.group(3).lower() or "utm_" not in m.group(1):
        continue
    q = dict(kv.split("=", 1) for kv in m.group(1).split("?", 1)[1].split("&"))
    if q.get("utm_source") in ("vk", "telegram"):
        visits[q["utm_source"] + "-post"] += 1
    elif q.get("utm_content") in content:
        visits[content[q["utm_content"]]] += 1
calls = dict.fromkeys(rows, 0)
number = {f"49512345{n:02d}": p for n, p in enumerate(list(rows)[:8], 1)}
for r in csv.DictReader(open(f"{t}/calls.csv", encoding="utf-8-sig", newline=""), delimiter=";"):
    digits = re.sub(r"\D", "", r["Куда"])[-10:]
    if digits in number:
        calls[number[digits]] += 1
posts = sum("#митингзадостойнуюзарплату" in r["text"].casefold()
            for r in csv.DictReader(open(f"{t}/posts.csv", encoding="utf-8", newline="")))
for p in visits:
    assert int(rows[p]["visits"]) == visits[p], (p, rows[p]["visits"], visits[p])
    assert int(rows[p]["calls"]) == calls[p], (p, rows[p]["calls"], calls[p])
    if rows[p]["cost"] and visits[p] + calls[p]:
        exact = Fraction(rows[p]["cost"]) / (visits[p] + calls[p])
        kopecks = int(exact * 100 + Fraction(1, 2))  # half up
        assert Fraction(rows[p]["cost_per_response"]) * 100 == kopecks, (p, exact)
tag = [r for r in csv.DictReader(open("report.csv", newline="")) if r["level"] == "event-tag"]
assert int(tag[0]["posts"]) == posts, (tag, posts)
print("recounted from the raw files:", sum(visits.values()), "visits,", sum(calls.values()),
      "calls,", posts, "posts; cost per response of", sum(1 for p in rows if rows[p]["cost_per_response"]),
      "placements, each to the kopeck")
PY
