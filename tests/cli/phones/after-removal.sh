# A removed placement's number goes into quarantine; the others keep theirs.
cp -r examples/rally spec
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet >/dev/null
grep -v shabolovskaya spec/stations.csv > s.csv && mv s.csv spec/stations.csv
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-26 --quiet >/dev/null
"$CAMPAIGN" phones spec/campaign.yaml --now 2026-11-27 | tail -n 3
grep shabolovskaya spec/campaign.ledger | cut -f1-5
