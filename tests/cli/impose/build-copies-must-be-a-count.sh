# copies: is a whole number of copies to print, from 1 to a million: located.
for copies in 0 many 1000001; do
	cat > copies.yaml <<YAML
campaign:
  name: Copies
  slug: copies
  landing: https://example.org/r
events:
  - { id: rally, title: Rally, date: 2026-12-05 }
placements:
  - id: card
    event: rally
    source: flyer
    medium: print
    template: flyer-a6
    copies: $copies
YAML
	"$CAMPAIGN" validate copies.yaml 2>&1 || echo "exit $?"
done
