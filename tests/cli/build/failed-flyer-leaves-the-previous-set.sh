# A build that fails while drawing a flyer, after the QR codes of its new
# placement were made, leaves the previous output set byte for byte: the
# new QR code is not in qr/, no file of the old set changed, nothing
# hidden is left. The identifiers stay issued in the ledger, and the build
# after the fix gives the whole new set.
mkdir spec
cp data/templates/bad/text-overflow.yaml spec/overflow.yaml
cat > spec/campaign.yaml <<'YAML'
campaign: { name: Rally, landing: "https://example.org/rally" }
events:
  - { id: short, title: Rally, date: 2026-12-05 }
placements:
  - { id: flyer, event: short, source: flyer, medium: print, content: gate, template: overflow.yaml }
  - { id: poster-1, event: short, source: poster, medium: outdoor, content: one, qr: true }
YAML
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet >/dev/null
sums() { (cd out && find . -type f ! -name .campaign.lock | sort | xargs sha256sum); }
sums >before
cat >> spec/campaign.yaml <<'YAML'
  - { id: poster-2, event: short, source: poster, medium: outdoor, content: two, qr: true }
  - { id: long, event: long, source: flyer, medium: print, content: depot, template: overflow.yaml }
YAML
sed -i 's/^events:$/events:\n  - { id: long, title: A rally for a living wage in every town, date: 2026-12-05 }/' spec/campaign.yaml
status=0
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet >/dev/null || status=$?
echo "exit $status"
sums | diff before -
find out -name '.*' ! -name .campaign.lock
# Fixed: the long title fits once the box is taller.
sed -i 's/height: 10mm/height: 60mm/' spec/overflow.yaml
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet >/dev/null
ls out/qr out/flyers
