# resolve --registry holds the registry to --limit registry-bytes as build
# and validate do: a larger file is refused, naming it, its size and the
# limit; at its size it is read.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --registry shared.registry --format none --quiet >/dev/null
size=$(stat -c %s shared.registry)
number=$(grep -m1 '^phone' shared.registry | cut -f2)
"$CAMPAIGN" resolve --registry shared.registry --limit registry-bytes=100 "$number" 2>err || echo "exit $?"
sed "s/ $size bytes/ SIZE bytes/" err
"$CAMPAIGN" resolve --registry shared.registry --limit registry-bytes="$size" "$number" | cut -f1-2
