# A template that prints a {{var.NAME}} no level of the spec gives and no
# built-in text has is an error at the template's element, before anything
# is written, with the nearest name the spec has; as is a name a
# placeholder could not write, or a placeholder in a text without rows:.
sed 's/var.slogan/var.slogn/' data/templates/good/spec-texts.yaml > texts.yaml
cat > rally.yaml <<'YAML'
campaign:
  name: Rally
  landing: https://example.org/rally
  vars: { slogan: "Fair pay now" }
events:
  - id: rally
    title: Rally
    date: 2026-12-05
placements:
  - id: flyer
    event: rally
    source: flyer
    medium: print
    template: texts.yaml
YAML
status=0
"$CAMPAIGN" build rally.yaml -o out --now 2026-12-01 || status=$?
echo "exit $status"
ls
sed -e 's/vars: { slogan: "Fair pay now" }/vars: { "call us": "Call", title: "{{event.title}}" }/' \
	-e 's/^    template: texts.yaml$/    vars: [cta]/' rally.yaml > bad.yaml
status=0
"$CAMPAIGN" validate bad.yaml || status=$?
echo "exit $status"
# A text is checked as all printed text is: a bidi override is refused where it stands.
printf 'campaign:\n  name: R\n  landing: https://example.org/r\n  vars: { cta: "Scan \342\200\256 now" }\nplacements:\n  - { id: a, source: flyer, medium: print }\n' > bidi.yaml
status=0
"$CAMPAIGN" validate bidi.yaml || status=$?
echo "exit $status"
