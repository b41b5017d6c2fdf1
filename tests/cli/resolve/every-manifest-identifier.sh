# Every identifier a build hands out, exactly as the manifest holds it (url,
# tel, phone, phone_display, hashtag), resolves back to its placement, both
# from the spec and from the manifest. A number or URL names one placement;
# the event's hashtag names every placement of the event, this one among them.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --quiet >/dev/null
python3 - out/manifest.json >ids.tsv <<'PY'
import json, sys
for p in json.load(open(sys.argv[1], encoding="utf-8"))["placements"]:
    for field in ("url", "tel", "phone", "phone_display", "hashtag"):
        if p.get(field):
            print(p["id"], field, p[field], sep="\t")
PY
tab=$(printf '\t')
checked=0
while IFS=$tab read -r id field value; do
	for source in examples/rally/campaign.yaml out/manifest.json; do
		if ! "$CAMPAIGN" resolve "$source" "$value" --now 2026-11-25 >found 2>/dev/null; then
			echo "$source: $id's $field '$value' does not resolve"
			continue
		fi
		cut -f1 found >hits
		if [ "$field" = hashtag ]; then
			grep -qx -- "$id" hits || echo "$source: $id's $field '$value' gives $(tr '\n' ' ' <hits)"
		else
			[ "$(cat hits)" = "$id" ] || echo "$source: $id's $field '$value' gives $(tr '\n' ' ' <hits)"
		fi
		checked=$((checked + 1))
	done
done <ids.tsv
echo "$checked lookups of $(wc -l <ids.tsv) identifiers"
cut -f2 ids.tsv | sort | uniq -c | awk '{ print $2 ": " $1 }'
