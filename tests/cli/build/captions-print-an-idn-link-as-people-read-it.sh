# A caption prints its link with an IDN host in Unicode (профсоюз.рф, which
# platforms linkify and people can read), its path and query exactly as the
# manifest's link: encoded back, the host gives that link byte for byte.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2027-11-01 --quiet
grep -h 'https://' out/captions/vk-post.txt out/captions/newsletter-dec.txt
grep -c 'xn--' out/captions/*.txt || true
python3 - <<'PY'
import json, re
m = json.load(open("out/manifest.json"))
for p in m["placements"]:
    path = p.get("files", {}).get("caption")
    if not path:
        continue
    link = re.search(r"https://\S+", open("out/" + path, encoding="utf-8").read()).group(0)
    host = link.split("/")[2]
    ascii_host = host.encode("idna").decode("ascii")
    assert link.replace(host, ascii_host, 1) == p["url"], (link, p["url"])
    print(p["id"], host, "encodes back to", ascii_host)
PY
