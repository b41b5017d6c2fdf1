# A short link resolves in every form it is seen in: the bare code in any
# case, the URL with or without its scheme; a withdrawn placement's too,
# from the ledger. A mistyped code (a letter off, O for 0, l for 1) is not
# found, with the code meant; from manifest.json as from the spec.
cp -r data/short short
export CAMPAIGN_TEMPLATE_DIR=$PWD/short/templates
"$CAMPAIGN" build short/campaign.yaml -o out --now 2026-11-25 --quiet --format qr >/dev/null
for q in 26rhk 26RHK https://go.example.org/r/26rhk go.example.org/R/26rhk/ 'http://GO.example.org/r/26rhk?fbclid=x'; do
	echo "$q -> $("$CAMPAIGN" resolve short/campaign.yaml "$q" | cut -f1)"
done
echo "from the manifest: $("$CAMPAIGN" resolve out/manifest.json https://go.example.org/r/5d9fk | cut -f1)"
# The poster comes down: its code still resolves, and still redirects.
grep -v poster-station short/campaign.yaml >short/less.yaml
mv short/campaign.ledger short/less.ledger
"$CAMPAIGN" build short/less.yaml -o out --now 2026-11-26 --quiet --format qr >/dev/null
"$CAMPAIGN" resolve short/less.yaml --now 2026-11-26 go.example.org/r/qt3pq | cut -f1
grep qt3pq out/redirects.csv | cut -d, -f1,4,5
# Mistyped: one letter off; a look-alike; a link no code is near; a word one edit from a code.
for q in 26rhx https://go.example.org/r/26rhO go.example.org/r/zzzzz 26rh; do
	"$CAMPAIGN" resolve short/less.yaml --now 2026-11-26 "$q" && exit 1
done
echo "mistyped codes: not found"
