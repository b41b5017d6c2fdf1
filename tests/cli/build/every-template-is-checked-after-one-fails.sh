# A template that cannot be read does not stop the check of the others: one
# dry run reports the missing file and the text that overflows in another.
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
status=0
"$CAMPAIGN" build spec/campaign.yaml --dry-run --now 2026-11-25 >/dev/null || status=$?
exit "$status"
