# A right-to-left mark printed "123-45-01 (495) 7+" for "+7 (495)
# 123-45-01": given in the number, it is refused (a number is printed
# whole, and nothing unseen may be in it); written in the template's own
# text before the number, it can no longer reorder it, in a left-to-right
# flyer as in a right-to-left one (read back from the PDF).
status=0
"$CAMPAIGN" render flyer-a6 --lang en --now 2026-12-01 --set event.title=Rally \
	--set event.date=2026-12-05 --set event.time=12:00 --set "event.venue=City Park" \
	--set url=https://example.org/r --set "hashtag=#Rally" \
	--set "phone=$(printf '+7 (495)\342\200\217 123-45-01')" -o a.pdf || status=$?
echo "exit $status"
test ! -e a.pdf
cat > t.yaml <<YAML
page: { size: A6, bleed: 3mm, safe: 5mm }
elements:
  - text: { text: "Call $(printf '\342\200\217'){{phone}}", at: [8mm, 20mm], width: 90mm, font: "DejaVu Sans 14" }
YAML
for lang in en ar; do
	"$CAMPAIGN" render t.yaml --lang $lang --now 2026-12-01 --set "phone=+7 (495) 123-45-01" -o $lang.pdf
	pdftotext $lang.pdf - | grep -o '+7 ([0-9]*) [0-9-]*'
done
