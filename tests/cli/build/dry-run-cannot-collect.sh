# --collect writes the manifest of files already built and a dry run writes
# nothing: together they are refused, before anything is read or written
# (the combination used to crash).
status=0
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --dry-run --collect --now 2026-11-25 || status=$?
test ! -e out
test -z "$(find examples -name '*.ledger')"
exit "$status"
