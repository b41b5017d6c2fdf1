# A page without 'safe:' has a 3 mm safe margin: text or a QR symbol in it
# is a warning at the element (a cut a little off could reach it), and an
# error with --strict, which writes nothing and exits 1. The same elements
# 3 mm in pass both; a page that gives 'safe:' keeps it as an error.
cat >near.yaml <<'YAML'
page: { size: A6, bleed: 3mm }
elements:
  - text: { text: "{{event.title}}", at: [2mm, 5mm], width: 60mm, font: "DejaVu Sans 10" }
  - qr: { data: "{{url}}", at: [80mm, 123mm], size: 25mm }
YAML
sed 's/at: \[2mm, 5mm\]/at: [3mm, 5mm]/; s/at: \[80mm, 123mm\]/at: [75mm, 118mm]/' near.yaml >inside.yaml
sed 's/bleed: 3mm }/bleed: 3mm, safe: 3mm }/' near.yaml >given.yaml
for tpl in near inside given; do
	cat >$tpl-spec.yaml <<YAML
campaign: { name: "Margins", landing: "https://example.org/" }
events:
  - { id: e, title: "Rally", date: 2027-01-05 }
placements:
  - { id: flyer, event: e, source: flyer, medium: print, template: $tpl.yaml }
YAML
	for strict in "" --strict; do
		status=0
		"$CAMPAIGN" validate $tpl-spec.yaml $strict >/dev/null 2>err || status=$?
		echo "$tpl ${strict:-(default)}: exit $status"
		cat err
	done
done
ls out 2>/dev/null || echo "nothing written"
