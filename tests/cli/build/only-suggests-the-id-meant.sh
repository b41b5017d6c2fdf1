# --only (and --reissue) with an id that names no placement suggests the one
# meant: the same id in other case, or one a typo away; not a guess between
# two equally near ('gate-c' is one edit from 'gate-b' and 'gate-d').
cat > campaign.yaml <<'YAML'
campaign: { name: Rally, landing: "https://example.org/rally" }
events:
  - { id: moscow, title: Rally, date: 2026-12-05 }
placements:
  - { id: Gate-A, event: moscow, source: flyer, medium: print, content: a }
  - { id: gate-b, event: moscow, source: flyer, medium: print, content: b }
  - { id: gate-d, event: moscow, source: flyer, medium: print, content: d }
  - { id: vk-post, event: moscow, source: vk, medium: social }
YAML
for only in gate-a vkpost gate-c; do
	status=0
	"$CAMPAIGN" build campaign.yaml -o out --only "$only" --now 2026-11-25 --format qr || status=$?
	echo "--only $only: $status"
done
status=0
"$CAMPAIGN" phones campaign.yaml --reissue vk-psot --now 2026-11-25 || status=$?
echo "--reissue vk-psot: $status"
test ! -e out
