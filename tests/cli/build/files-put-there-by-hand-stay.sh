# A rebuild replaces qr/ with a new directory, but what a person put there
# by hand comes along as it was: a file (the same inode), a symbolic link
# (as a link), a directory tree, and the directory's own permissions.
cp -r examples/rally spec
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet --format qr >/dev/null
mkdir -p out/qr/notes/deep
echo "print 200 of each" >out/qr/notes/deep/readme.txt
echo "mine" >out/qr/mine.txt
ln -s mine.txt out/qr/link.txt
chmod 0750 out/qr
before=$(stat -c %i out/qr/mine.txt)
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-26 --quiet --format qr >/dev/null
cat out/qr/notes/deep/readme.txt out/qr/mine.txt
readlink out/qr/link.txt
stat -c %a out/qr
test "$(stat -c %i out/qr/mine.txt)" = "$before"
ls out/qr | wc -l
test -z "$(find out -name '.*' ! -name .campaign.lock)"
