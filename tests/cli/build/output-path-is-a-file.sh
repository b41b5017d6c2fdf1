# An output path that names a regular file is an environment failure (exit
# 3) naming the path, and the file stays as it was.
cp -r examples/rally spec
echo "not a directory" > out
status=0
"$CAMPAIGN" build spec/campaign.yaml -o out --now 2026-11-25 --quiet || status=$?
cat out
exit "$status"
