# An output directory path of 9,000 bytes: exit 3 saying the path is too
# long (it exited 3 with nothing on stderr before: the path's cap was taken
# for "out of memory").
long=$(printf 'a%.0s' $(seq 9000))
"$CAMPAIGN" build examples/rally/campaign.yaml -o "$long" --format qr --now 2026-11-25 --quiet
