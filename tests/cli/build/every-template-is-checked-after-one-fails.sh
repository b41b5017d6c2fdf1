# A template that cannot be read does not stop the check of the others: one
# run reports the missing file and the text that overflows in another. A
# dry run and a build say the same; the build writes nothing: no ledger (its
# identifiers are not issued), no output directory, no QR code.
mkdir spec
cp data/templates/bad/text-overflow.yaml spec/overflow.yaml
cat > spec/campaign.yaml <<'YAML'
campaign: { name: Rally, landing: "https://example.org/rally" }
events:
  - { id: moscow, title: Rally for a living wage, date: 2026-12-05 }
placements:
  - { id: gone, event: moscow, source: flyer, medium: print, content: gone, template: missing.yaml }
  - { id: long, event: moscow, source: flyer, medium: print, content: long, template: overflow.yaml }
YAML
dry=0
"$CAMPAIGN" build spec/campaign.yaml --dry-run --now 2026-11-25 >/dev/null || dry=$?
status=0
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 >/dev/null || status=$?
test "$dry" = "$status"
test ! -e out
test ! -e spec/rally.ledger
test -z "$(find . -name '*.lock' -o -name '.*.tmp.*')"
exit "$status"
