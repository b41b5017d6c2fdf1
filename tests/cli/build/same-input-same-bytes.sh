# Same spec, ledger and clock: byte-identical files, whatever the directory.
cp -r examples/rally spec
"$CAMPAIGN" build spec/campaign.yaml -o one --now 2026-11-25 --quiet >/dev/null
cp spec/campaign.ledger first.ledger
"$CAMPAIGN" build spec/campaign.yaml -o two --now 2026-11-25 --quiet >/dev/null
cmp first.ledger spec/campaign.ledger
diff -r one two
find one -type f | sort | sed "s|^one/||"
