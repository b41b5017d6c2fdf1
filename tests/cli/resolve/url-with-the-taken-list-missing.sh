# A spec's taken hashtags list is read by every plan: when it has gone
# missing since the build, resolve fails as build would, even for a URL
# the ledger issued (its answer would not be the plan's).
cat >campaign.yaml <<'YAML'
campaign:
  name: Stops
  landing: https://example.org/stops
  hashtag: { taken: taken.txt }
events:
  - { id: e, title: Stops, date: 2026-12-05 }
placements:
  - { id: s-a, event: e, source: flyer, medium: print, content: a }
YAML
echo '#Other' >taken.txt
"$CAMPAIGN" build campaign.yaml -o out --format none --quiet >/dev/null
url=https://example.org/stops?utm_source=flyer\&utm_medium=print\&utm_campaign=stops\&utm_content=a
echo "with the list: $("$CAMPAIGN" resolve campaign.yaml "$url" --now 2026-11-25 | cut -f1)"
rm taken.txt
"$CAMPAIGN" resolve campaign.yaml "$url" --now 2026-11-25 || echo "exit $?"
