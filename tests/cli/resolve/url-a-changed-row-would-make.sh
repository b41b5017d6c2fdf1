# A URL no issue in the ledger has is the plan's to answer, not "not found":
# after a rows CSV value changed (Gate C -> Gate Z), the URL the new value
# would make is the one the plan refuses to issue, and resolve says why and
# how to reissue on purpose. Its old URL is refused the same way.
cat >campaign.yaml <<'YAML'
campaign:
  name: Stops
  landing: https://example.org/stops
events:
  - { id: e, title: Stops, date: 2026-12-05 }
placements:
  - id: "s-{{row.code}}"
    rows: stops.csv
    event: e
    source: flyer
    medium: print
    content: "{{row.name}}"
YAML
printf 'code,name\na,Gate A\nb,Gate B\nc,Gate C\n' >stops.csv
"$CAMPAIGN" build campaign.yaml -o out --format none --quiet >/dev/null
sed 's/Gate C/Gate Z/' stops.csv >s.csv && mv s.csv stops.csv
url=https://example.org/stops?utm_source=flyer\&utm_medium=print\&utm_campaign=stops\&utm_content=gate
"$CAMPAIGN" resolve campaign.yaml "${url}_z" --now 2026-11-25 || echo "exit $?"
"$CAMPAIGN" resolve campaign.yaml "${url}_c" --now 2026-11-25 || echo "exit $?"
