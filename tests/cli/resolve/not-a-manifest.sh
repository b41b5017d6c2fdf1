printf '{"placements": 3}\n' > m.json
"$CAMPAIGN" resolve m.json '#x'
