# --quiet leaves standard error empty on success; standard output carries
# the build's result, the output directory, and nothing else (contract:
# stdout is the result), so a script can read it. Without --quiet the
# summary goes to standard error, never to standard output.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --format none --quiet >quiet.out 2>quiet.err
cat quiet.out
test ! -s quiet.err && echo "quiet: nothing on stderr"
dir=$("$CAMPAIGN" build examples/rally/campaign.yaml --format none -q 2>/dev/null)
test -f "$dir/manifest.json" && echo "the directory read from stdout holds the manifest"
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --format none 2>summary.err
grep -c 'placements built into out' summary.err
