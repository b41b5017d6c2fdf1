# Online placements (issue 18): a VK post naming a social template gets
# social/<id>.png of exactly the template's pixels (no PDF, nothing in
# flyers/), and every online placement, with a template or without, gets
# captions/<id>.txt in its edition's language: title, date and place, the
# link and the hashtag. The manifest lists social/, captions/ and sheets/
# files, and every path it lists exists. --only keeps the others' files; a
# placement that leaves moves its image and caption into withdrawn/.
cat > c.yaml <<'YAML'
campaign:
  name: Rally
  slug: rally
  language: ru
  landing: https://example.org/rally
  phones:
    country_code: 1
    pool: ["+1 202 555 0101", "+1 202 555 0102"]
events:
  - id: rally
    title: "Митинг за зарплату"
    date: 2026-12-05
    time: "12:00"
    venue: "Парк Горького"
    editions:
      en: { title: "Rally for fair pay", venue: "Gorky Park" }
placements:
  - { id: flyer-gate, event: rally, source: flyer, medium: print, content: gate, template: flyer-a6, phone: true }
  - { id: newsletter, event: rally, source: newsletter, medium: email, content: december, language: en }
  - { id: promo, source: instagram, medium: social, content: promo, vars: { caption: "Sale! {{link}} {{hashtag}}\nOn {{event.date}}" } }
  - { id: vk-post, event: rally, source: vk, medium: social, content: announcement, template: calm-social-post }
YAML
"$CAMPAIGN" build c.yaml -o out --now 2026-11-25 --quiet --dpi 150 --sheet A4
(cd out && find flyers social captions sheets -type f | LC_ALL=C sort)
file out/social/vk-post.png | sed 's/, [0-9]-bit.*//'
for id in newsletter promo vk-post; do
	echo "--- captions/$id.txt"
	cat "out/captions/$id.txt"
done
python3 - <<'PY'
import csv, json, os, struct

m = json.load(open("out/manifest.json"))
listed = set()
for p in m["placements"]:
    for key, path in p.get("files", {}).items():
        assert os.path.isfile(os.path.join("out", path)), path
        listed.add(path)
    print(p["id"], " ".join(f"{k}={v}" for k, v in sorted(p.get("files", {}).items())))
with open("out/manifest.csv", newline="") as f:
    for r in csv.DictReader(f):
        for col in ("pdf", "png", "social", "caption", "sheet"):
            assert not r[col] or r[col] in listed, (r["id"], col, r[col])
        print("csv", r["id"], r["social"] or "-", r["caption"] or "-", r["sheet"] or "-")
# The PNG's own header: width and height, independent of --dpi.
with open("out/social/vk-post.png", "rb") as f:
    head = f.read(24)
assert head[:8] == b"\x89PNG\r\n\x1a\n"
print("social/vk-post.png %dx%d" % struct.unpack(">II", head[16:24]))
for path, text in ((p, open(os.path.join("out", p), "rb").read()) for p in sorted(listed) if p.startswith("captions/")):
    s = text.decode("utf-8")
    assert s.endswith("\n") and not s.endswith("\n\n") and "\r" not in s, path
    assert not any(ord(c) < 32 and c != "\n" or 0x200e <= ord(c) <= 0x200f or 0x202a <= ord(c) <= 0x202e or 0x2066 <= ord(c) <= 0x2069 for c in s), path
    row = next(p for p in m["placements"] if p["files"].get("caption") == path)
    assert row["hashtag"] in s and (row.get("short_url") or row["url"]) in s, path
print("captions ok")
PY
echo "--- --only newsletter keeps the others"
"$CAMPAIGN" build c.yaml -o out --now 2026-11-25 --quiet --dpi 150 --only newsletter
(cd out && find social captions -type f | LC_ALL=C sort)
echo "--- the VK post leaves"
grep -v 'id: vk-post' c.yaml >c2.yaml && mv c2.yaml c.yaml
"$CAMPAIGN" build c.yaml -o out --now 2026-11-26 --dpi 150
(cd out && find social captions withdrawn -type f | LC_ALL=C sort)
python3 -c '
import json, os
m = json.load(open("out/manifest.json"))
for w in m["withdrawn"]:
    print("withdrawn", w["id"], w["reason"], sorted(w["files"].items()))
    assert all(os.path.isfile(os.path.join("out", p)) for p in w["files"].values())
'
echo "--- promo goes to print: its caption is withdrawn"
sed 's/source: instagram, medium: social/source: instagram, medium: print/' c.yaml >c2.yaml && mv c2.yaml c.yaml
"$CAMPAIGN" build c.yaml -o out --now 2026-11-26 --quiet --reissue promo
(cd out && find captions withdrawn/captions -type f | LC_ALL=C sort)
python3 -c '
import json
m = json.load(open("out/manifest.json"))
print([(w["id"], w["reason"]) for w in m["withdrawn"]])
'
echo "--- a caption naming what a caption has not"
sed 's/{{hashtag}}/{{hashtg}}/' c.yaml >bad.yaml
status=0
"$CAMPAIGN" build bad.yaml -o out --now 2026-11-26 --quiet || status=$?
echo "exit $status"
echo "--- a directory where a caption goes: refused before the ledger is written"
rm out/captions/newsletter.txt && mkdir out/captions/newsletter.txt
before=$(cksum <c.ledger)
echo "  - { id: late, source: vk, medium: social, content: late }" >>c.yaml
status=0
"$CAMPAIGN" build c.yaml -o out --now 2026-11-26 --quiet || status=$?
echo "exit $status"
[ "$(cksum <c.ledger)" = "$before" ] && echo "ledger unchanged"
