# Two placements may share their UTM values and differ in their landing or
# their own parameters; their URLs are still different, and each resolves
# to its own placement. A query with only the UTM values names both.
cat >spec.yaml <<'YAML'
campaign:
  name: Rally
  slug: rally
  landing: https://example.org/rally
events:
  - { id: moscow, title: Rally, date: 2026-12-05, landing: "https://example.org/moscow" }
  - { id: kazan, title: Rally, date: 2026-12-06, landing: "https://example.org/kazan?lang=tt" }
  - { id: kazan-ru, title: Rally, date: 2026-12-06, landing: "https://example.org/kazan?lang=ru" }
placements:
  - { id: vk-moscow, event: moscow, source: vk, medium: social }
  - { id: vk-kazan, event: kazan, source: vk, medium: social }
  - { id: vk-kazan-ru, event: kazan-ru, source: vk, medium: social }
YAML
for query in \
	'https://example.org/moscow?utm_source=vk&utm_medium=social&utm_campaign=rally' \
	'http://EXAMPLE.org/kazan/?utm_campaign=rally&utm_medium=social&utm_source=vk&lang=tt&gclid=1' \
	'https://example.org/kazan?lang=ru&utm_source=vk&utm_medium=social&utm_campaign=rally' \
	'https://example.org/kazan?utm_source=vk&utm_medium=social&utm_campaign=rally' \
	'https://example.org/elsewhere?utm_source=vk&utm_medium=social'
do
	echo "$query"
	"$CAMPAIGN" resolve spec.yaml --now 2026-11-25 "$query" 2>&1 | cut -f1
done
