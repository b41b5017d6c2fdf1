# Links that carry escapes themselves: a UTM value kept in Unicode
# (transliterate: false), a custom parameter with a space, a landing whose
# own query has a '+'. Each resolves from the spec and from the manifest by
# its exact URL and by its values written another way; resolve takes a link
# apart only when it may match, and these must never be passed over.
cat >esc.yaml <<'YAML'
campaign:
  name: Esc
  landing: https://example.org/a?ref=a+b
  conventions: { transliterate: false }
events:
  - { id: e, title: Esc, date: 2027-05-01 }
placements:
  - { id: cafe, event: e, source: flyer, medium: print, content: "Café au lait" }
  - { id: plain, event: e, source: flyer, medium: print, content: "café" , term: x }
  - { id: spaced, event: e, source: flyer, medium: post, params: { note: "a b" } }
YAML
"$CAMPAIGN" build esc.yaml -o out --format none --quiet
python3 - out/manifest.json >urls.txt <<'PY'
import json, sys
for p in json.load(open(sys.argv[1], encoding="utf-8"))["placements"]:
    print(p["url"])
PY
cat urls.txt
while read -r query; do
	a=$("$CAMPAIGN" resolve esc.yaml "$query" | cut -f1 | tr '\n' ' ')
	b=$("$CAMPAIGN" resolve out/manifest.json "$query" | cut -f1 | tr '\n' ' ')
	echo "$a|$b|$query"
done <<EOF_QUERIES
$(cat urls.txt)
utm_source=flyer&utm_medium=print&utm_content=café_au_lait
utm_source=flyer&utm_medium=print&utm_content=caf%C3%A9
utm_medium=post&utm_source=fly%65r
https://example.org/a?utm_source=flyer&utm_medium=post&note=a%20b&ref=a%2Bb
EOF_QUERIES
