# short: gives every placement a code; the build writes the redirect table
# in five forms, each parsed here and checked against manifest.csv: every
# code leads to its placement's full UTM URL, and nothing else is there.
cp -r data/short short
CAMPAIGN_TEMPLATE_DIR=$PWD/short/templates "$CAMPAIGN" build short/campaign.yaml -o out --now 2026-11-25 --quiet
python3 - <<'PY'
import csv, re

with open("out/manifest.csv", newline="") as f:
    rows = list(csv.DictReader(f))
want = {}
for r in rows:
    short = r["short_url"]
    assert short.startswith("https://go.example.org/r/"), short
    want[short.rsplit("/", 1)[1]] = r["url"]
print("manifest:", ", ".join(f"{r['id']}={r['short_url']}" for r in rows))
alphabet = set("23456789abcdefghjkmnpqrstuvwxyz")
assert all(len(c) == 5 and set(c) <= alphabet for c in want), want

def check(name, got):
    assert got == want, (name, got, want)
    print(name, "ok:", len(got), "redirects")

# nginx: a map block, "/r/CODE" "URL"; keys never special words.
text = open("out/redirects.nginx.map").read()
body = re.search(r"^map \$uri \$campaign_short_target \{\n(.*)^\}\n\Z", text, re.S | re.M)
got = {}
for line in body.group(1).splitlines():
    m = re.fullmatch(r'\t(/r/[^ ]+) "([^"$\\]+)";', line)
    assert m, line
    got[m.group(1)[3:]] = m.group(2)
check("nginx map", got)

# Apache RewriteMap txt: "CODE URL" lines, comments with '#'.
got = dict(l.split(" ") for l in open("out/redirects.apache.txt").read().splitlines() if not l.startswith("#"))
check("apache RewriteMap", got)

# Caddy: one site block of "redir /r/CODE URL 302".
text = open("out/redirects.caddy").read()
block = re.search(r"^https://go\.example\.org \{\n(.*)^\}\n\Z", text, re.S | re.M).group(1)
got = {}
for line in block.splitlines():
    word, path, url, code = line.split()
    assert (word, code) == ("\tredir".strip(), "302"), line
    got[path[3:]] = url
check("caddy redir", got)

# Netlify _redirects: "/r/CODE URL 302".
got = {}
for line in open("out/_redirects").read().splitlines():
    if line.startswith("#"):
        continue
    path, url, status = line.split()
    assert status == "302", line
    got[path[3:]] = url
check("netlify _redirects", got)

# CSV: code, short URL, full URL, placement, status.
with open("out/redirects.csv", newline="") as f:
    table = list(csv.DictReader(f))
assert list(table[0].keys()) == ["code", "short_url", "url", "placement", "status"]
check("csv", {r["code"]: r["url"] for r in table})
by_id = {r["id"]: r["short_url"] for r in rows}
assert all(by_id[r["placement"]] == r["short_url"] and r["status"] == "active" for r in table)
PY
# The QR code of each card holds the short link, as zbarimg reads it, and the card prints it.
tail -n +2 out/manifest.csv | tr -d '\r' | while IFS=, read -r id event source medium campaign content term url hashtag phone display pdf png short more; do
	[ -n "$png" ] || continue
	got=$(zbarimg -q --raw "out/$png" 2>/dev/null)
	[ "$got" = "$short" ] || { echo "$id: QR holds '$got', not '$short'"; exit 1; }
	pdftotext "out/$pdf" - | grep -qxF "$short" || { echo "$id: the card does not print $short"; exit 1; }
	echo "$id: QR and text $short"
done
# The VK post's caption gives its short link, not the long one.
short=$(grep '^vk-post,' out/manifest.csv | cut -d, -f14)
grep -F "$short" out/captions/vk-post.txt
grep -c 'utm_source' out/captions/vk-post.txt || true
