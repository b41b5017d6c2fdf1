# The ledger is written only when its text changes: a build that changes
# nothing leaves the very file in place (same inode), and a ledger edited
# by hand to the same length is compared byte for byte, not by size, and
# written back as the build would write it.
cp -r examples/rally spec
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet >/dev/null
before=$(stat -c %i spec/rally-2026.ledger)
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet >/dev/null
[ "$(stat -c %i spec/rally-2026.ledger)" = "$before" ] && echo "unchanged: left in place"
cp spec/rally-2026.ledger canonical.ledger
sed -i '2s/Identifiers/identifiers/' spec/rally-2026.ledger
cmp -s canonical.ledger spec/rally-2026.ledger ||
	echo "edited: $(wc -c <spec/rally-2026.ledger) bytes, as before: $(wc -c <canonical.ledger)"
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet >/dev/null
cmp canonical.ledger spec/rally-2026.ledger && echo "edited: written back"
