# A rebuild switches in a whole new flyers/ and qr/, but a file whose bytes
# did not change is the previous file itself, hard-linked into the new
# directory: same inode, nothing written. One placement reissued gets a new
# number, so only its flyer changes; every other file keeps its inode, and
# every file is what a build from scratch gives.
cp -r examples/rally spec
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet --format qr,pdf >/dev/null
inodes() { (cd out && find flyers qr -type f -printf '%i %p\n' | sort -k2); }
inodes >before
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet --format qr,pdf \
	--reissue flyer-gate-a >/dev/null
inodes >after
echo "files written anew:"
join -1 2 -2 2 before after | awk '$2 != $3 { print $1 }'
echo "files kept: $(join -1 2 -2 2 before after | awk '$2 == $3' | wc -l) of $(wc -l <after)"
# The same bytes as a build of the same spec and ledger into an empty directory.
cp spec/campaign.ledger fresh.ledger
"$CAMPAIGN" build spec/campaign.yaml -o fresh --ledger fresh.ledger --now 2026-11-25 --quiet \
	--format qr,pdf >/dev/null
diff -r -x .campaign.lock out fresh
test -z "$(find out -name '.*' ! -name .campaign.lock)"
