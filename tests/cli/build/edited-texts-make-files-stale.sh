# A placement's `vars:` texts are part of what its files were made from
# (`made_from`): after a text its flyer prints is edited, a build that does
# not draw that flyer again (--only another) leaves the old flyer out of the
# output set and the manifest rather than list a flyer with the old words.
# A text hidden by a nearer level's changes nothing the flyer shows, and
# keeps the fingerprint.
cat > c.yaml <<'YAML'
campaign:
  name: Rally
  slug: rally
  language: en
  landing: https://example.org/rally
  vars: { cta: "Scan me" }
  phones:
    country_code: 1
    pool: ["+1 202 555 0101", "+1 202 555 0102"]
events:
  - { id: rally, title: "Rally for fair pay", date: 2027-12-04, time: "12:00", venue: "Gorky Park" }
placements:
  - id: gate
    event: rally
    source: flyer
    medium: print
    content: gate
    template: flyer-a6
    phone: true
    vars: { cta: "Scan to join us" }
  - { id: depot, event: rally, source: flyer, medium: print, content: depot, template: flyer-a6, phone: true }
YAML
made_from() { jq -r '.placements[] | select(.id == "gate") | .made_from' out/manifest.json; }
"$CAMPAIGN" build c.yaml -o out --now 2027-11-01 --quiet --format pdf
first=$(made_from)
pdftotext out/flyers/gate.pdf - | grep -c 'Scan to join us'
echo "--- the campaign's text, which the placement's hides, is edited"
sed -i 's/cta: "Scan me"/cta: "Scan here"/' c.yaml
"$CAMPAIGN" build c.yaml -o out --now 2027-11-01 --quiet --format pdf --only depot
[ "$(made_from)" = "$first" ] && echo "same fingerprint"
jq -r '.placements[] | select(.id == "gate") | .files.pdf' out/manifest.json
echo "--- the placement's own text is edited"
sed -i 's/cta: "Scan to join us"/cta: "Scan to come along"/' c.yaml
"$CAMPAIGN" build c.yaml -o out --now 2027-11-01 --quiet --format pdf --only depot
ls out/flyers
jq -c '.placements[] | select(.id == "gate") | .files' out/manifest.json
echo "--- built again, it is back with the new words and a new fingerprint"
"$CAMPAIGN" build c.yaml -o out --now 2027-11-01 --quiet --format pdf --only gate
pdftotext out/flyers/gate.pdf - | grep -c 'Scan to come along'
[ "$(made_from)" != "$first" ] && echo "new fingerprint"
