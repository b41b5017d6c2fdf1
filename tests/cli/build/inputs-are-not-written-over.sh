# A build never writes over a file its spec reads: with -o . beside a rows:
# table called manifest.csv, the manifest would replace the table (and the
# next build would read the manifest as its table). Refused at the file
# (exit 1) before anything is written; the table stays; -o elsewhere works.
cat >r.yaml <<'YAML'
campaign: { name: Test Rally, landing: "https://example.org/rally" }
events:
  - { id: ev, title: T, date: 2027-01-05 }
placements:
  - { id: "p-{{row.code}}", rows: manifest.csv, event: ev, source: flyer, medium: print,
      content: "{{row.code}}" }
YAML
printf 'code\na\nb\n' >manifest.csv
status=0
"$CAMPAIGN" build r.yaml -o . --now 2026-11-25 --quiet || status=$?
echo "exit $status"
cat manifest.csv
ls
"$CAMPAIGN" build r.yaml -o out --now 2026-11-25 --quiet
ls out
