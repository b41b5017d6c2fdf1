# A built-in template name with a typo is a mistake in the spec: exit 1 (not
# 3, as if the machine lacked something), located at the placement's
# `template:`, with the nearest built-in name. build says the same and
# writes nothing.
cat > campaign.yaml <<'YAML'
campaign: { name: Rally, landing: "https://example.org/rally" }
events:
  - { id: moscow, title: Rally, date: 2026-12-05, time: "12:00", venue: Park }
placements:
  - { id: gate, event: moscow, source: flyer, medium: print, template: flyer-a55 }
  - { id: wall, event: moscow, source: poster, medium: print, template: no-such-thing }
YAML
status=0
"$CAMPAIGN" validate campaign.yaml --now 2026-11-25 || status=$?
echo "validate: $status"
status=0
"$CAMPAIGN" build campaign.yaml -o out --now 2026-11-25 || status=$?
echo "build: $status"
test ! -e out
exit "$status"
