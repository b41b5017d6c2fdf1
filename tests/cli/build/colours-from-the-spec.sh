# A built-in family's main colours come from `vars:` as its texts do, the
# nearest level winning: the campaign's accent makes one flyer's red band
# blue (the event's), a placement's own makes another's green (and its
# hashtag white), and a colour no level gives keeps the template's default
# (the calm family's pale ground, its `tint`). Read back from
# the PDF by rasterizing it (pdftoppm) and sampling the band. A value that
# is no colour is an error at its placement before anything is written; a
# template naming a colour without a default is an error in the template.
cat > c.yaml <<'YAML'
campaign:
  name: Rally
  slug: rally
  language: en
  landing: https://example.org/rally
  phones:
    country_code: 1
    pool: ["+1 202 555 0101", "+1 202 555 0102", "+1 202 555 0103"]
events:
  - { id: rally, title: "Rally for fair pay", date: 2027-12-04, time: "12:00", venue: "Gorky Park",
      vars: { accent: "#1565c0" } }
placements:
  - { id: blue, event: rally, source: flyer, medium: print, content: blue, template: flyer-a6, phone: true }
  - { id: green, event: rally, source: flyer, medium: print, content: green, template: flyer-a6, phone: true,
      vars: { accent: "#2e7d32", highlight: "#ffffff" } }
  - { id: calm, source: flyer, medium: print, content: calm, template: calm-flyer-a6, phone: true, event: rally }
YAML
"$CAMPAIGN" build c.yaml -o out --now 2027-11-01 --quiet --format pdf
# The colour of the PDF's pixel at (x, y) in percent of the page, rasterized at 20 dpi.
pixel() {
	pdftoppm -r 20 -singlefile "$1" px
	python3 - "$2" "$3" <<'PY'
import sys
data = open("px.ppm", "rb").read()
fields, at = [], 0
while len(fields) < 4:  # P6, width, height, maxval
    while data[at:at + 1].isspace():
        at += 1
    end = at
    while not data[end:end + 1].isspace():
        end += 1
    fields.append(data[at:end])
    at = end
at += 1
w, h = int(fields[1]), int(fields[2])
x, y = int(w * float(sys.argv[1]) / 100), int(h * float(sys.argv[2]) / 100)
r, g, b = data[at + 3 * (y * w + x):at + 3 * (y * w + x) + 3]
print("#%02x%02x%02x" % (r, g, b))
PY
}
for id in blue green calm; do
	echo "$id: band $(pixel "out/flyers/$id.pdf" 90 20)"
done
pdftotext out/flyers/green.pdf - | head -1
echo "--- a value that is no colour"
sed 's/accent: "#2e7d32"/accent: "green"/' c.yaml >bad.yaml
status=0
"$CAMPAIGN" build bad.yaml -o out2 --now 2027-11-01 --quiet || status=$?
echo "exit $status"
test ! -e out2 && test ! -e bad.ledger && echo "nothing written"
echo "--- a template's colour without a default"
cat > t.yaml <<'YAML'
template: t
page: { size: [100mm, 100mm] }
elements:
  - rect: { at: [0mm, 0mm], size: [100mm, 50mm], fill: "{{var.accent}}" }
YAML
status=0
"$CAMPAIGN" render ./t.yaml -o t.pdf || status=$?
echo "exit $status"
echo "--- campaign render takes one with --set"
sed -i 's/^elements:/colours: { accent: "#c62828" }\nelements:/' t.yaml
"$CAMPAIGN" render ./t.yaml -o t.pdf --set var.accent=#6a1b9a
echo "render: $(pixel t.pdf 50 25)"
"$CAMPAIGN" render ./t.yaml -o t.pdf
echo "default: $(pixel t.pdf 50 25)"
