# A landing may hold characters servers read specially: '$' (an nginx
# variable), '{' (a Caddy placeholder), a quote, a comma (CSV). Each table
# carries the target percent-encoded there, which leads to the same page:
# nginx loads the map, the CSV parses, each line keeps its fields.
cat >odd.yaml <<'YAML'
campaign:
  name: Odd
  landing: https://example.org/rally
  short: https://go.example.org/
events:
  - { id: rally, title: Rally, date: 2026-12-05 }
placements:
  - { id: odd, event: rally, source: flyer, medium: print, landing: "https://example.org/a,b$c'd?x={y}" }
YAML
"$CAMPAIGN" build odd.yaml -o out --now 2026-11-25 --quiet --format qr >/dev/null
grep -v '^#' out/_redirects
python3 - <<'PY'
import csv
row = next(csv.DictReader(open("out/redirects.csv", newline="")))
print("csv:", row["url"], row["placement"], row["status"])
for name in ("redirects.apache.txt", "redirects.caddy", "_redirects"):
    for line in open("out/" + name):
        if line.startswith("#") or line.strip() in ("}",) or line.rstrip().endswith("{"):
            continue
        assert len(line.split()) in (2, 3, 4), (name, line)
        assert not set("${}'\"\\") & set(line), (name, line)
print("apache, caddy, netlify: no special character left")
PY
nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx" ] || { echo "nginx is not installed (Debian: nginx-light)" >&2; exit 1; }
mkdir ngx
printf 'error_log stderr;\npid %s/ngx/pid;\nevents {}\nhttp { include %s/out/redirects.nginx.map; }\n' "$PWD" "$PWD" >ngx/nginx.conf
"$nginx" -q -t -c "$PWD/ngx/nginx.conf" -p "$PWD/ngx/" && echo "nginx -t: the map loads"
