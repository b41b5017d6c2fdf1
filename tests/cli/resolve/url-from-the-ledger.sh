# A URL the ledger issued is answered from the ledger, as the plan and the
# manifest answer it, and without planning the other placements: a
# problem elsewhere in the spec (another placement's issued URL would
# change) does not stop it, as it does not stop the manifest. The changed
# placement's own URL, a URL no issue has (gate_q), the ledger missing a
# placement, and a bare query that names several are planned, and say
# what the plan says. Which path answered is asserted by
# tests/unit/test_resolve_ledger.c: here both give the same output.
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
url=https://example.org/stops?utm_source=flyer\&utm_medium=print\&utm_campaign=stops\&utm_content=gate_b
echo "from the ledger: $("$CAMPAIGN" resolve campaign.yaml "$url")"
echo "from the manifest: $("$CAMPAIGN" resolve out/manifest.json "$url")"
"$CAMPAIGN" resolve campaign.yaml "${url%gate_b}gate_q" || echo "exit $?"
echo "in another order: $("$CAMPAIGN" resolve campaign.yaml 'example.org/stops?utm_content=gate_b&utm_source=flyer&utm_medium=print&utm_campaign=stops&fbclid=1' | cut -f1)"
# The ledger without s-c: the plan gives it its URL again, and answers the same.
grep -v '^s-c' campaign.ledger >less.ledger
cp campaign.ledger full.ledger && mv less.ledger campaign.ledger
echo "planned: $("$CAMPAIGN" resolve campaign.yaml "$url")"
mv full.ledger campaign.ledger
"$CAMPAIGN" resolve campaign.yaml 'utm_source=flyer&utm_medium=print' | cut -f1
# Another placement's content changed: this URL still resolves; that one's is the plan's error.
sed 's/Gate C/Gate Z/' stops.csv >s.csv && mv s.csv stops.csv
echo "another changed: $("$CAMPAIGN" resolve campaign.yaml "$url" | cut -f1)"
"$CAMPAIGN" resolve campaign.yaml "${url%gate_b}gate_c" || echo "exit $?"
# The URL the changed row would make is no issue's: the plan's same refusal, not "not found".
"$CAMPAIGN" resolve campaign.yaml "${url%gate_b}gate_z" || echo "exit $?"
