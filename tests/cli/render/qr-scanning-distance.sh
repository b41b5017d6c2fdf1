# A qr element's `distance` checks the rule of thumb that a code is at least
# a tenth of its scanning distance wide (without its quiet zone): a 30 mm
# code read from 200 cm is a warning naming the width it needs, read from
# 20 cm it passes; the flyer is written either way.
for distance in 200cm 20cm; do
	cat > poster.yaml <<YAML
template: distance-check
page: { size: A5, bleed: 3mm, marks: false, safe: 5mm }
elements:
  - qr: { data: "{{url}}", at: [20mm, 20mm], size: 30mm, distance: $distance }
YAML
	"$CAMPAIGN" render poster.yaml --set url=https://example.org/r -o "poster-$distance.pdf" 2>&1
done
cat > bad.yaml <<'YAML'
template: distance-check
page: { size: A5 }
elements:
  - qr: { data: "{{url}}", at: [20mm, 20mm], size: 30mm, distance: 0mm }
YAML
"$CAMPAIGN" render bad.yaml --set url=https://example.org/r -o bad.pdf 2>&1 || echo "exit $?"
ls
