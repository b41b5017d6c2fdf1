# A reissue lets the old number go into quarantine from today; with a pool
# of one number there is none left for the new issue. The error says so,
# never "free again on 1969-12-31" (a date from no number at all).
cat >r.yaml <<'YAML'
campaign:
  name: "Test Rally"
  landing: https://example.org/rally
  phones: { country_code: 7, display: "+7 (XXX) XXX-XX-XX", pool: ["+74951234501"] }
events:
  - {id: ev, title: "Big Rally", date: 2027-01-05}
placements:
  - {id: a, event: ev, source: flyer, medium: print, phone: true}
YAML
"$CAMPAIGN" build r.yaml -o o --quiet --format none --now 2026-12-07
status=0
"$CAMPAIGN" validate r.yaml --reissue a --now 2026-12-07 || status=$?
echo "exit $status"
