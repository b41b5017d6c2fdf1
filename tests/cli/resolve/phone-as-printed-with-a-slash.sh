# A number printed through a mask with '/' (as Germans write 030/1234 5678)
# reads back as that number, in the printed form or any other.
cat > spec.yaml <<'YAML'
campaign:
  name: Kundgebung
  language: de
  landing: https://example.org/kundgebung
  phones:
    country_code: 49
    trunk_prefix: "0"
    display: "0XX/XXXX XXXX"
    pool: ["030 1234 5678", "+49 30 1234 5679"]
events:
  - { id: berlin, title: Kundgebung, date: 2026-12-05 }
placements:
  - { id: plakat, event: berlin, source: poster, medium: outdoor, phone: true }
  - { id: flyer, event: berlin, source: flyer, medium: print, phone: true }
YAML
"$CAMPAIGN" phones spec.yaml --now 2026-11-25
"$CAMPAIGN" resolve spec.yaml --now 2026-11-25 '030/1234 5679' | cut -f1,5
"$CAMPAIGN" resolve spec.yaml --now 2026-11-25 '+49 (30) 1234-5678' | cut -f1,5
