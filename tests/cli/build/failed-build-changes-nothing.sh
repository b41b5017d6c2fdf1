# A build that fails a check leaves the earlier outputs and the ledger byte for byte.
cp -r examples/rally spec
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet >/dev/null
cp -r out before
cp spec/campaign.ledger before.ledger
# Two more posters than the pool can serve.
printf 'extra-1,Extra 1,x\nextra-2,Extra 2,x\nextra-3,Extra 3,x\nextra-4,Extra 4,x\nextra-5,Extra 5,x\n' >> spec/stations.csv
status=0
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-26 || status=$?
diff -r before out
cmp before.ledger spec/campaign.ledger
test -z "$(find out spec -name '.*.tmp.*')"
exit "$status"
