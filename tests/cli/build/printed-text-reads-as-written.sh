# What prints is what was written. Direction marks and zero-width spaces in
# the pool's numbers are read past (the number is E.164 once read) and the
# flyer prints the display mask's order, read back from the PDF with
# pdftotext. A bidi override in a rows table is refused where it stands,
# before anything is written.
cat > rally.yaml <<'YAML'
campaign:
  name: Rally
  landing: https://example.org/rally
  language: en
  phones:
    country_code: 7
    trunk_prefix: "8"
    display: "+7 (XXX) XXX-XX-XX"
    pool: ["+7 495\u200f 123-45-01", "\u200e+7 (495) 123\u200b-45-02"]
events:
  - id: rally
    title: Rally
    date: 2026-12-05
    time: "12:00"
    venue: City Park
placements:
  - id: "flyer-{{row.gate}}"
    rows: gates.csv
    event: rally
    source: flyer
    medium: print
    content: "{{row.name}}"
    template: flyer-a6
    phone: true
YAML
printf 'gate,name\na,Gate A\nb,Gate B\n' > gates.csv
"$CAMPAIGN" build rally.yaml -o out --now 2026-12-01 --format pdf --quiet
for f in out/flyers/flyer-a.pdf out/flyers/flyer-b.pdf; do
	pdftotext -layout "$f" - | grep -o '+7 ([0-9]*) [0-9-]*'
done
# A right-to-left override in a cell would print "Gate B" as "B etaG".
printf 'gate,name\na,Gate A\nb,\342\200\256Gate B\n' > gates.csv
rm -rf out rally.ledger
status=0
"$CAMPAIGN" build rally.yaml -o out --now 2026-12-01 --format pdf --quiet || status=$?
echo "exit $status"
ls
