# manifest.csv is opened in spreadsheets, which run a cell that starts with
# =, +, -, @, a tab or a carriage return as a formula (OWASP's CSV
# injection): such a cell gets a leading apostrophe. A plain number is left
# as it is (an E.164 number cannot run anything), so the phone column stays
# exact; --csv-raw writes every cell exactly, for imports that are no
# spreadsheet, and manifest.json is always exact.
# Here the display mask starts with '-': '-495-123-45-01' read as a formula
# would show -664 in the phone_display column.
cat > campaign.yaml <<'YAML'
campaign:
  name: Rally
  landing: "https://example.org/rally"
  phones: { country_code: 7, display: "-XXX-XXX-XX-XX", pool: ["+7 495 123-45-01"] }
events:
  - { id: moscow, title: Rally, date: 2026-12-05 }
placements:
  - { id: gate, event: moscow, source: flyer, medium: print, phone: true }
YAML
"$CAMPAIGN" build campaign.yaml -o safe --now 2026-11-25 --format none --quiet >/dev/null
cat safe/manifest.csv
"$CAMPAIGN" build campaign.yaml -o raw --now 2026-11-25 --format none --quiet --csv-raw >/dev/null
cat raw/manifest.csv
grep '"phone' safe/manifest.json
