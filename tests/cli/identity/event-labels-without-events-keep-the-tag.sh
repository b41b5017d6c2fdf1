# A spec without `events:` lets a placement name any event; all such
# placements share the campaign's hashtag. A second build must read that tag
# back from the ledger, not make a new one (found by the build fuzzer: the
# tag became #RallyForALivingWage_2 once the ledger held it).
cat >rally.yaml <<'YAML'
campaign:
  name: "Rally for a living wage"
  landing: https://example.org/rally
placements:
  - { id: board-a, event: ev-1, source: canteen, medium: print }
  - { id: board-b, event: ev-2, source: gate, medium: print }
YAML
"$CAMPAIGN" build rally.yaml -o out --now 2026-11-25 --format none --quiet
cut -f1,6 rally.ledger | grep -v '^#'
"$CAMPAIGN" build rally.yaml -o out --now 2026-11-26 --format none --quiet
"$CAMPAIGN" build rally.yaml --dry-run --now 2026-11-27 | cut -f1,3
cut -f1,6 rally.ledger | grep -v '^#'
