# Symbolic links planted at the names of final files (the manifest, a QR
# image) and at the locks are replaced or removed, never written through:
# their target stays as it was and each name ends up a regular file of the
# build (renameat replaces a link; locks are made with O_EXCL|O_NOFOLLOW).
cp -r examples/rally spec
mkdir -p out/qr
echo "precious" > victim
ln -s ../victim out/manifest.json
ln -s ../../victim out/qr/flyer-gate-a.png
ln -s ../victim out/.campaign.lock
ln -s ../victim spec/campaign.ledger.lock
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet --format qr >/dev/null
cat victim
for f in out/manifest.json out/qr/flyer-gate-a.png; do
	test -f "$f" && test ! -L "$f" && echo "$f: a regular file"
done
test ! -e out/.campaign.lock && test ! -e spec/campaign.ledger.lock && echo "locks released"
python3 "$TESTS/cli/helpers/check_outputs.py" --no-temps out
