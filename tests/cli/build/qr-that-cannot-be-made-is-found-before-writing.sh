# A landing too long for a template's QR code is found before the build
# writes anything: no ledger (nothing is issued), no output directory. Each
# placement is reported up to three times per template, the rest counted;
# a code that can be made but is small gets its warning once, with its flyer.
# A landing longer than any QR code can hold says so. Enlarging the code
# lets the same spec build.
mkdir spec
cat > spec/small.yaml <<'YAML'
template: small-code
page: { size: A6, bleed: 3mm }
elements:
  - text: { text: "{{event.title}}", at: [10mm, 10mm], width: 85mm, height: 20mm, font: "DejaVu Sans Bold 16" }
  - qr: { data: "{{url}}", at: [10mm, 100mm], size: 15mm, ecc: M }
YAML
long="https://example.org/rally/a-very-long-landing-page-path/that-goes-on-and-on/and-on-until-the-code-needs-many-modules"
cat > spec/rally.yaml <<YAML
campaign: { name: Rally, slug: rally }
events:
  - { id: ev, title: Rally, date: 2026-12-05, landing: "https://example.org/rally" }
  - { id: long, title: Long, date: 2026-12-06, landing: "$long" }
placements:
  - { id: short, event: ev, source: flyer, medium: print, template: small.yaml }
  - { id: p1, event: long, source: flyer, medium: print, content: p1, template: small.yaml }
  - { id: p2, event: long, source: flyer, medium: print, content: p2, template: small.yaml }
  - { id: p3, event: long, source: flyer, medium: print, content: p3, template: small.yaml }
  - { id: p4, event: long, source: flyer, medium: print, content: p4, template: small.yaml }
  - { id: p5, event: long, source: flyer, medium: print, content: p5, template: small.yaml }
YAML
status=0
"$CAMPAIGN" build spec/rally.yaml -o out --now 2026-12-01 --quiet || status=$?
echo "build: exit $status"
test ! -e out
test ! -e spec/rally.ledger
test -z "$(find . -name '*.lock' -o -name '.*.tmp.*')"

# More than any QR code holds: 3,000 characters.
huge="https://example.org/$(head -c 3000 /dev/zero | tr '\0' 'x')"
sed -i "s#$long#$huge#" spec/rally.yaml
status=0
"$CAMPAIGN" build spec/rally.yaml -o out --now 2026-12-01 --quiet 2>&1 | head -n 2 | cut -c 1-200 || true
"$CAMPAIGN" build spec/rally.yaml -o out --now 2026-12-01 --quiet 2>/dev/null || status=$?
echo "huge: exit $status"
test ! -e out

sed -i "s#$huge#$long#" spec/rally.yaml
sed -i 's/size: 15mm/size: 25mm/' spec/small.yaml
"$CAMPAIGN" build spec/rally.yaml -o out --now 2026-12-01 --quiet
ls out/flyers
for f in out/flyers/*.png; do zbarimg -q --raw "$f" 2>/dev/null; done | sort | cut -c 1-60
