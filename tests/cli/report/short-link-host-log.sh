# The short-link host's access log: each GET of a short code (302 to the
# full URL) is a scan of the code's placement, in any case and with a
# tracker's query; a withdrawn placement's code still counts, for it. Paths
# that are no code, a code under another path (a page of the site that ends
# like one), a robot and a 404 are left out; a proxy's absolute-form target
# and a doubled slash are the same path. CSV columns: id, scans.
cp -r data/short short
export CAMPAIGN_TEMPLATE_DIR=$PWD/short/templates
"$CAMPAIGN" build short/campaign.yaml -o out --now 2026-11-25 --format none >/dev/null 2>&1
grep -v poster-station short/campaign.yaml >short/next.yaml && mv short/next.yaml short/campaign.yaml
"$CAMPAIGN" build short/campaign.yaml -o out --now 2026-11-26 --format none >/dev/null 2>&1
line() { # path status agent
	printf '198.51.100.7 - - [01/Dec/2026:10:00:00 +0300] "GET %s HTTP/1.1" %s 0 "-" "%s"\n' "$1" "$2" "$3"
}
phone="Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Mobile Safari/537.36"
{
	line /r/26rhk 302 "$phone"
	line /r/26RHK 302 "$phone"
	line '/r/26rhk?fbclid=abc' 302 "$phone"
	line /r/5d9fk 302 "$phone"
	line /r/qt3pq 302 "$phone"
	line /r/26rhk 302 "Googlebot/2.1"
	line /r/zzzzz 404 "$phone"
	line /favicon.ico 404 "$phone"
	line /r/ 200 "$phone"
	line /blog/26rhk 200 "$phone"
	line /26rhk 200 "$phone"
	line /r/x/5d9fk 200 "$phone"
	line https://go.example.org/r/26rhk 302 "$phone"
	line //r/5d9fk 302 "$phone"
} >short.log
"$CAMPAIGN" report short/campaign.yaml --now 2026-12-07 --access-log short.log --format csv >report.csv
python3 - <<'PY'
import csv
rows = {r["placement"]: r for r in csv.DictReader(open("report.csv"))}
for pid in ("flyer-gate", "flyer-depot", "poster-station", "vk-post"):
    r = rows.get(pid)
    print(pid, "scans", r["scans"] if r else "-", "visits", r["visits"] if r else "-")
PY
