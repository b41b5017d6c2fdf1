# A placement that leaves the spec: its flyers and QR codes leave flyers/
# and qr/ for withdrawn/, the manifest lists it apart with the day it left,
# and a file a person put beside them stays. When it comes back it has its
# old number again, its files are made anew, and the withdrawn copies go.
cp -r examples/rally spec
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-12-01 --quiet --format pdf,qr -j 1 >/dev/null
echo "by hand" >out/flyers/notes.txt
cp out/flyers/flyer-gate-b.pdf gate-b.pdf
python3 - spec/campaign.yaml <<'PY'
import re, sys
text = open(sys.argv[1]).read()
open(sys.argv[1], "w").write(re.sub(r"  - id: flyer-gate-b\n(    .*\n)+", "", text))
PY
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-12-02 --quiet --format pdf,qr -j 1 >/dev/null
(cd out && find withdrawn -type f | sort)
test ! -e out/flyers/flyer-gate-b.pdf && test ! -e out/qr/flyer-gate-b.png && echo "not among the current files"
cat out/flyers/notes.txt
cmp gate-b.pdf out/withdrawn/flyers/flyer-gate-b.pdf && echo "moved as it was"
python3 -c 'import json; print(json.dumps(json.load(open("out/manifest.json"))["withdrawn"], sort_keys=True))'
cp examples/rally/campaign.yaml spec/campaign.yaml
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-12-03 --quiet --format pdf,qr -j 1 >/dev/null
test ! -e out/withdrawn/flyers/flyer-gate-b.pdf && test -e out/flyers/flyer-gate-b.pdf && echo "back in place"
grep '^flyer-gate-b' spec/campaign.ledger | cut -f1,3,4,5
python3 -c 'import json; m = json.load(open("out/manifest.json")); print("withdrawn" in m, [p["phone"] for p in m["placements"] if p["id"] == "flyer-gate-b"])'
