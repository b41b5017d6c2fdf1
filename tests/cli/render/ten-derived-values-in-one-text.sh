# One text may hold any number of values the flyer derives: a date in
# words and a number kept left to right each took one of eight slots, so a
# ninth date failed as "no value" and a ninth number printed reordered by
# the right-to-left mark before it ("123-45-01 )495( 7+"). Ten of each,
# read back from the PDF.
rlm=$(printf '\342\200\217')
dates="" phones=""
for i in 1 2 3 4 5 6 7 8 9 10; do
	dates="$dates{{event.month}} "
	phones="$phones$rlm{{phone}}\\n"
done
cat > t.yaml <<YAML
page: { size: A4, bleed: 3mm, safe: 5mm }
elements:
  - text: { text: "$dates", at: [8mm, 10mm], width: 190mm, font: "DejaVu Sans 10" }
  - text: { text: "$phones", at: [8mm, 30mm], width: 190mm, font: "DejaVu Sans 10" }
YAML
"$CAMPAIGN" render t.yaml --lang en --now 2026-12-01 --set event.date=2026-12-05 \
	--set "phone=+7 (495) 123-45-01" -o a.pdf
pdftotext a.pdf - | grep -o December | wc -l
pdftotext a.pdf - | grep -o '+7 (495) 123-45-01' | wc -l
