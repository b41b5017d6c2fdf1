# An edition: an Arabic flyer in a Russian campaign, from one ledger and one
# pool. Its date is written in Arabic, its built-in texts are Arabic, its
# title and venue are the event's Arabic edition's, and it is set right to
# left (pdftotext shows the paragraphs' embedding); the Russian flyer beside
# it is unchanged. A placement in a language its event has no words in is
# warned about.
cat > rally.yaml <<'YAML'
campaign:
  name: "Митинг"
  landing: https://example.org/rally
  language: ru
  phones:
    country_code: 7
    display: "+7 (XXX) XXX-XX-XX"
    pool: ["+7 495 123-45-01", "+7 495 123-45-02"]
events:
  - id: rally
    title: "Митинг за достойную зарплату"
    date: 2026-12-05
    time: "12:00"
    venue: "Парк Горького"
    editions:
      ar: { title: "مسيرة من أجل أجر عادل", venue: "حديقة غوركي" }
placements:
  - id: flyer-ru
    event: rally
    source: flyer
    medium: print
    template: flyer-a6
    phone: true
  - id: flyer-ar
    event: rally
    source: flyer
    medium: print
    content: ar
    language: ar
    template: flyer-a6
    phone: true
  - id: flyer-de
    event: rally
    source: flyer
    medium: print
    content: de
    language: de
YAML
"$CAMPAIGN" build rally.yaml -o out --now 2026-12-01 --quiet
for id in flyer-ru flyer-ar; do
	echo "== $id"
	pdftotext out/flyers/$id.pdf - | grep .
done
