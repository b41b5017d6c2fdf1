# render --set phone=... with an international number fills {{phone_e164}}
# and {{tel}} from it, as a build makes all three from one pool number
# (they were "no value for the placeholder"); a value set for them wins, a
# sample's does not (it is another number); a national form, which has no
# country code, leaves them unset, as before.
cat > t.yaml <<'YAML'
page: { size: A6, bleed: 3mm, safe: 5mm }
elements:
  - text: { text: "{{phone}} | {{phone_e164}} | {{tel}}", at: [10mm, 10mm], width: 80mm, font: "DejaVu Sans 9" }
YAML
show() { pdftotext "${1:-t.pdf}" - | tr -s '\n\f' '  ' | sed 's/ *$//'; echo; }
"$CAMPAIGN" render t.yaml --now 2026-12-01 --set phone="+7 (495) 123-45-01" -o t.pdf && show
"$CAMPAIGN" render t.yaml --now 2026-12-01 --set phone="0049 30 1234567" -o t.pdf && show
"$CAMPAIGN" render t.yaml --now 2026-12-01 --set phone="+7 (495) 123-45-01" --set tel=tel:+74951234599 -o t.pdf && show
"$CAMPAIGN" render t.yaml --now 2026-12-01 --sample --set phone="+1 212 555 0100" -o s.pdf && show s-en.pdf
status=0
"$CAMPAIGN" render t.yaml --now 2026-12-01 --set phone="8 (495) 123-45-01" -o n.pdf || status=$?
echo "national: exit $status"
