# Files named like the temporary files of a killed build are garbage once
# the lock is held: they are removed (a symbolic link among them as a link,
# its target untouched), and the build succeeds.
cp -r examples/rally spec
mkdir -p out/qr
echo "precious" > victim
echo "half a manifest" > out/.manifest.json.tmp.99999.0badf00d
echo "half a code" > out/qr/.flyer-gate-a.png.tmp.99999.0badf00d
ln -s ../victim out/.manifest.csv.tmp.99999.deadbeef
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet --format qr >/dev/null
cat victim
python3 "$TESTS/cli/helpers/check_outputs.py" --no-temps out
find out -name '.*.tmp.*' | wc -l
