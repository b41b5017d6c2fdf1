"$CAMPAIGN" build examples/rally/campaign.yaml -o out --ledger l.ledger --now 2026-11-25 --quiet >/dev/null
"$CAMPAIGN" resolve out/manifest.json '84951234504' | cut -f1,5
"$CAMPAIGN" resolve out/manifest.json 'https://x/?utm_source=vk&utm_medium=social' | cut -f1
