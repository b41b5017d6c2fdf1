# A display mask per number prefix, the longest prefix winning: a UK mobile
# is written 07700 900123, a London number 020 7946 0958, any other +44
# number by the shorter prefix's mask. Without any mask, numbers print in
# their country's international form (+7, +33, +44 here), or as E.164 where
# the table has none (+49). A prefix that is not one is refused where it
# stands, as is a mask that does not fit its numbers.
cat > uk.yaml <<'YAML'
campaign:
  name: Sale
  landing: https://example.org/sale
  phones:
    country_code: 44
    trunk_prefix: "0"
    display:
      "+44 7": "0XXXX XXXXXX"
      "+44 20": "0XX XXXX XXXX"
      "+44": "0XXXX XXX XXX"
    pool: ["07700 900123", "020 7946 0958", "01632 960 001"]
placements:
  - { id: a, source: flyer, medium: print, content: a, phone: true }
  - { id: b, source: flyer, medium: print, content: b, phone: true }
  - { id: c, source: flyer, medium: print, content: c, phone: true }
YAML
"$CAMPAIGN" phones uk.yaml --now 2026-12-01
cat > world.yaml <<'YAML'
campaign:
  name: Sale
  landing: https://example.org/sale
  phones:
    country_code: 44
    pool: ["+7 495 123-45-01", "+33 1 23 45 67 89", "+44 7700 900123", "+44 20 7946 0958", "+49 30 1234567"]
placements:
  - { id: a, source: flyer, medium: print, content: a, phone: true }
  - { id: b, source: flyer, medium: print, content: b, phone: true }
  - { id: c, source: flyer, medium: print, content: c, phone: true }
  - { id: d, source: flyer, medium: print, content: d, phone: true }
  - { id: e, source: flyer, medium: print, content: e, phone: true }
YAML
"$CAMPAIGN" phones world.yaml --now 2026-12-01
sed -e 's/"+44 20":/"44 20":/' -e 's/"0XX XXXX XXXX"/"0XX XXXX XXX"/' uk.yaml > bad.yaml
status=0
"$CAMPAIGN" validate bad.yaml || status=$?
echo "exit $status"
sed -e 's/"0XXXX XXXXXX"/"0XXXX XXXXX"/' uk.yaml > short.yaml
status=0
"$CAMPAIGN" validate short.yaml || status=$?
echo "exit $status"
