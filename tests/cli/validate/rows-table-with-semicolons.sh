# A rows table separated by ';' (a spreadsheet's CSV where ',' is the
# decimal mark) is read by its header line's delimiter, with a note that
# says which; given as 'delimiter:', no note. Either way the ';' inside a
# quoted field stays text, as the manifest shows.
cp data/specs/bad/stations-semicolons.csv .
cat > detected.yaml <<'YAML'
campaign: { name: Rally, landing: "https://example.org/rally" }
events:
  - { id: rally, title: Rally, date: 2026-12-05 }
placements:
  - id: "poster-{{row.code}}"
    rows: stations-semicolons.csv
    event: rally
    source: poster
    medium: outdoor
    content: "{{row.code}}"
    params: { note: "{{row.note}}" }
YAML
sed 's/    rows: stations-semicolons.csv/&\n    delimiter: ";"/' detected.yaml >given.yaml
"$CAMPAIGN" validate detected.yaml --now 2026-11-25
"$CAMPAIGN" validate given.yaml --now 2026-11-25
"$CAMPAIGN" build given.yaml -o out --now 2026-11-25 --format none --quiet
cut -d, -f1,8 out/manifest.csv
