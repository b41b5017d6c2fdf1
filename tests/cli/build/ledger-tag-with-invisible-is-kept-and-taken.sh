# A ledger an older build wrote may hold a tag with a character that shows
# nothing (U+3164 HANGUL FILLER was kept as a letter). It is still read: its
# placement keeps the tag it was printed with, and a new placement whose
# tag looks the same gets a suffix, since the two now compare equal.
cat > s.yaml <<'YAML'
campaign:
  name: "Test Rally"
  landing: https://example.org/rally
  hashtag: {from: "{{event.title}}", scope: placement}
events:
  - {id: ev, title: "Big Rally", date: 2027-01-05}
placements:
  - {id: old, event: ev, source: flyer, medium: print}
YAML
"$CAMPAIGN" build s.yaml -o out --format none --quiet --now 2026-11-25 >/dev/null
sed "s/#BigRally/$(printf '#Big\343\205\244Rally')/" s.ledger >older.ledger && mv older.ledger s.ledger
echo '  - {id: new, event: ev, source: poster, medium: print}' >>s.yaml
"$CAMPAIGN" build s.yaml -o out --dry-run --now 2026-11-25 | cut -f1,3 | od -An -c
