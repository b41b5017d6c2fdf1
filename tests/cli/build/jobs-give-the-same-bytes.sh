# Flyers rendered on one thread or several give byte-identical files.
"$CAMPAIGN" build examples/rally/campaign.yaml -o one --ledger one.ledger --now 2026-11-25 -j 1 --quiet >/dev/null
"$CAMPAIGN" build examples/rally/campaign.yaml -o three --ledger three.ledger --now 2026-11-25 -j 3 --quiet >/dev/null
diff -r one three
cmp one.ledger three.ledger
find three/flyers -type f | wc -l
