# Issue 17: what a template takes from a table's row is checked before
# anything is written. A bad colour, a transparent one, a missing file, a
# file outside the spec's folder, a hostile image (a JPEG that declares
# 60000 pixels a side) and a file that is not an image: each an error at
# its cell's line and column in the CSV, naming the template element that
# uses it; the build exits non-zero and the output of the last good build
# is left exactly as it was.
mkdir -p site/photos
cp data/templates/good/logo.png site/photos/ok.png
cp data/templates/bad/jpeg-declares-60000-pixels.jpg site/photos/huge.jpg
cp data/templates/good/logo.png outside.png
echo "not an image" >site/photos/notes.png
cat >site/card.yaml <<'YAML'
page: { size: A6, safe: 4mm }
elements:
  - rect: { at: [0mm, 0mm], size: [105mm, 20mm], fill: "{{row.colour}}" }
  - image: { src: "{{row.photo}}", at: [10mm, 30mm], width: 50.8mm }
  - text: { text: "{{row.code}}", at: [10mm, 100mm], font: "DejaVu Sans 20", color: "{{row.ink}}" }
YAML
cat >site/good.csv <<'CSV'
code,photo,colour,ink
ok,photos/ok.png,#d62828,#000
CSV
cat >site/bad.csv <<'CSV'
code,photo,colour,ink
ok,photos/ok.png,#d62828,#000
named,photos/ok.png,red,#000
clear,photos/ok.png,#d62828,#00000000
gone,photos/missing.png,#d62828,#000
away,../outside.png,#d62828,#000
huge,"photos/huge.jpg",#d62828,#000
notes,photos/notes.png,#d62828,#000
CSV
cat >site/spec.yaml <<'YAML'
campaign: { name: "Cards", landing: "https://example.org/" }
events:
  - { id: e, title: "Rally", date: 2027-01-05 }
placements:
  - { id: "card-{{row.code}}", rows: good.csv, event: e, source: card, medium: print,
      content: "{{row.code}}", template: card.yaml, qr: false }
YAML
"$CAMPAIGN" build site/spec.yaml -o out --now 2026-11-25 --quiet >/dev/null
find out -type f -exec sha256sum {} + | sort >before
sed -i 's/good.csv/bad.csv/' site/spec.yaml
status=0
"$CAMPAIGN" build site/spec.yaml -o out --now 2026-11-25 --combine set.pdf || status=$?
echo "exit $status"
find out -type f -exec sha256sum {} + | sort >after
cmp before after && echo "the output is as it was"
test ! -e set.pdf && echo "no combined PDF"
