# Renaming a campaign that has no slug: the ledger (named after the spec
# file) is kept, and the slug the new name would make is refused with the
# line that keeps the issued one; nothing is written.
mkdir c
cat >c/riverside.yaml <<'YAML'
campaign:
  name: "Riverside Clean-up Day"
  landing: https://example.org/cleanup
  phones: { country_code: 44, pool: ["+442079460100", "+442079460101"] }
events:
  - { id: sat, title: "Clean-up", date: 2026-12-12 }
placements:
  - { id: flyer-bridge, event: sat, source: flyer, medium: print, phone: true }
YAML
"$CAMPAIGN" build c/riverside.yaml -o out --now 2026-12-01 --format none --quiet
cp c/riverside.ledger before.ledger
sed -i 's/"Riverside Clean-up Day"/"Riverside Clean-up Day 2027"/' c/riverside.yaml
"$CAMPAIGN" build c/riverside.yaml -o out --now 2026-12-02 --format none --quiet || echo "exit $?"
cmp before.ledger c/riverside.ledger && echo "ledger unchanged"
"$CAMPAIGN" validate c/riverside.yaml --now 2026-12-02 >/dev/null 2>&1 || echo "validate: exit $?"
# The fix the message gives works, and changes nothing that was issued.
sed -i 's/^  name: .*/&\n  slug: riverside-clean-up-day/' c/riverside.yaml
"$CAMPAIGN" build c/riverside.yaml -o out --now 2026-12-02 --format none --quiet
cut -f1,5,7 c/riverside.ledger | grep -v '^#'
