# An event whose date has passed by the clock (--now, SOURCE_DATE_EPOCH or
# the real one) draws a warning at its date, in validate and build: most
# often last year's spec copied, or a typo in the year. Not an error; on the
# day itself, no warning.
cat > campaign.yaml <<'YAML'
campaign: { name: Rally, landing: "https://example.org/rally" }
events:
  - { id: moscow, title: Rally, date: 2026-12-05 }
  - { id: kazan, title: Rally, date: 2025-12-12 }
placements:
  - { id: gate, event: moscow, source: flyer, medium: print }
  - { id: wall, event: kazan, source: poster, medium: print }
YAML
"$CAMPAIGN" validate campaign.yaml --now 2026-12-06
"$CAMPAIGN" build campaign.yaml -o out --now 2026-12-06T10:00:00Z --format none --quiet
SOURCE_DATE_EPOCH=1796428800 "$CAMPAIGN" validate campaign.yaml
# A clock a year back is behind the ledger the build wrote: without it.
rm campaign.ledger
"$CAMPAIGN" validate campaign.yaml --now 2025-12-12
