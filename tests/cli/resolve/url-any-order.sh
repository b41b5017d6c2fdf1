# A visit's URL finds its placement whatever the order and escaping of its parameters.
"$CAMPAIGN" resolve examples/rally/campaign.yaml --now 2026-11-25 \
  'https://xn--g1anacfhu6f.xn--p1ai/rally/moscow?utm_content=park%5Fkultury&utm_medium=outdoor&utm_source=poster&utm_campaign=rally_2026&gclid=x' | cut -f1,2
