# A new naming convention changes issued UTM values: refused once per kind
# of change, each with the value that keeps the issued URL.
mkdir c
cat >c/rally.yaml <<'YAML'
campaign:
  name: Rally
  slug: rally
  landing: https://example.org/rally
events:
  - { id: ev, title: Rally, date: 2026-12-05 }
placements:
  - { id: gate-a, event: ev, source: Flyer, medium: print, content: "Gate A" }
  - { id: gate-b, event: ev, source: Flyer, medium: print, content: "Gate B" }
YAML
"$CAMPAIGN" build c/rally.yaml -o out --now 2026-12-01 --format none --quiet
sed -i 's/^  landing: .*/&\n  conventions: { case: keep, separator: "-" }/' c/rally.yaml
"$CAMPAIGN" build c/rally.yaml -o out --now 2026-12-02 --format none --quiet || echo "exit $?"
