# A --ledger path of 9,000 bytes: exit 3 with the system's reason
# (ENAMETOOLONG), never a silent exit.
long=$(printf 'a%.0s' $(seq 9000))
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --ledger "$long" --format qr --now 2026-11-25 --quiet
