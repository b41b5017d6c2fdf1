# A rows: placement takes its cost from a column: each row its own amount,
# an empty cell no cost; a bad cell (a third decimal, a decimal comma, a
# negative amount, another currency) is a located error at the cost: key
# naming the row, and nothing is reported. The report then divides each
# row's cost by its own responses.
cat > sites.csv <<'CSV'
code,rent
a,12000.50
b,
c,900
CSV
cat > spec.yaml <<'YAML'
campaign:
  name: Rally
  landing: "https://example.org/rally"
  currency: RUB
events:
  - { id: rally, title: Rally, date: 2026-12-05 }
placements:
  - id: "poster-{{row.code}}"
    rows: sites.csv
    event: rally
    source: poster
    medium: outdoor
    content: "{{row.code}}"
    cost: "{{row.rent}}"
YAML
printf '%s\n' '1.1.1.1 - - [01/Dec/2026:10:00:00 +0000] "GET /rally?utm_source=poster&utm_medium=outdoor&utm_campaign=rally&utm_content=a HTTP/1.1" 200 10 "-" "Mozilla/5.0"' \
	'1.1.1.2 - - [01/Dec/2026:10:00:00 +0000] "GET /rally?utm_source=poster&utm_medium=outdoor&utm_campaign=rally&utm_content=a HTTP/1.1" 200 10 "-" "Mozilla/5.0"' \
	'1.1.1.3 - - [01/Dec/2026:10:00:00 +0000] "GET /rally?utm_source=poster&utm_medium=outdoor&utm_campaign=rally&utm_content=a HTTP/1.1" 200 10 "-" "Mozilla/5.0"' \
	'1.1.1.4 - - [01/Dec/2026:10:00:00 +0000] "GET /rally?utm_source=poster&utm_medium=outdoor&utm_campaign=rally&utm_content=c HTTP/1.1" 200 10 "-" "Mozilla/5.0"' >access.log
"$CAMPAIGN" report spec.yaml --access-log access.log --format csv 2>/dev/null | cut -d, -f2,7,23-
for bad in 12000.505 "12000,50" -5 "10 EUR"; do
	printf 'code,rent\na,1\nb,"%s"\n' "$bad" >sites.csv
	status=0
	"$CAMPAIGN" report spec.yaml --access-log access.log >/dev/null 2>err.txt || status=$?
	cat err.txt
	echo "exit $status"
done
