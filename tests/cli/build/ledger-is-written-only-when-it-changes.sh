# The ledger is written only when its text changes: a build that changes
# nothing leaves the very file in place (same inode), and a ledger edited
# by hand to the same length is compared byte for byte, not by size, and
# written back as the build would write it.
cp -r examples/rally spec
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet >/dev/null
before=$(stat -c %i spec/campaign.ledger)
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet >/dev/null
[ "$(stat -c %i spec/campaign.ledger)" = "$before" ] && echo "unchanged: left in place"
cp spec/campaign.ledger canonical.ledger
sed -i '3s/Identifiers/identifiers/' spec/campaign.ledger
cmp -s canonical.ledger spec/campaign.ledger ||
	echo "edited: $(wc -c <spec/campaign.ledger) bytes, as before: $(wc -c <canonical.ledger)"
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet >/dev/null
cmp canonical.ledger spec/campaign.ledger && echo "edited: written back"
