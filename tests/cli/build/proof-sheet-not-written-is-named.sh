# A proof sheet that cannot be written (here: over the file size limit, as
# on a full disk) names the file, not only "the PDF", and the previous
# output set stays as it was.
cp -r examples/rally spec
"$CAMPAIGN" build spec/campaign.yaml -o out --format pdf --now 2026-11-25 --quiet
cp -r out before
sed 's/Парк Горького, Москва"/Парк Горького, вход с Крымского вала"/' spec/campaign.yaml >edited.yaml
mv edited.yaml spec/campaign.yaml
status=0
# fontconfig may fail to refresh its cache under the limit too: its perror() line is not ours.
(trap '' XFSZ; ulimit -f 200; "$CAMPAIGN" build spec/campaign.yaml -o out --format pdf --now 2026-11-25 --quiet) 2>err || status=$?
grep -v '^write cache' err >&2 || true
diff -r before out
test -z "$(find . -name '.*.tmp.*')"
exit "$status"
