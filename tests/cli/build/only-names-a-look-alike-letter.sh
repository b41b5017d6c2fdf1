# An id given to --only (or --reissue) with a look-alike letter reads as the
# right one: 'flyer-gate-а' with a Cyrillic а, 'vk-роst' with two. The
# message names the first such code point, as for a spec's keys.
cat > campaign.yaml <<'YAML'
campaign: { name: Rally, landing: "https://example.org/rally" }
events:
  - { id: moscow, title: Rally, date: 2026-12-05 }
placements:
  - { id: flyer-gate-a, event: moscow, source: flyer, medium: print, content: a }
  - { id: vk-post, event: moscow, source: vk, medium: social }
YAML
status=0
"$CAMPAIGN" build campaign.yaml -o out --only "$(printf 'fl\321\226er-gate-a')" --now 2026-11-25 \
	--format qr || status=$?
echo "--only: $status"
status=0
"$CAMPAIGN" phones campaign.yaml --reissue "$(printf 'vk-\321\200\320\276st')" --now 2026-11-25 \
	>/dev/null || status=$?
echo "--reissue: $status"
test ! -e out
