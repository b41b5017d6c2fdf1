# A new landing for an event would change every URL issued to its
# placements: refused, with the landing that keeps them; --reissue takes
# the new one on purpose, and the old URLs stay on record, released.
mkdir c
cat >c/rally.yaml <<'YAML'
campaign:
  name: Rally
  slug: rally
  phones: { country_code: 7, pool: ["+74951234501", "+74951234502", "+74951234503"] }
events:
  - { id: ev, title: Rally, date: 2026-12-05, landing: "https://example.org/rally" }
placements:
  - { id: flyer, event: ev, source: flyer, medium: print, phone: true }
  - { id: post, event: ev, source: vk, medium: social }
YAML
"$CAMPAIGN" build c/rally.yaml -o out --now 2026-12-01 --format none --quiet
sed -i 's#https://example.org/rally#https://example.org/rally-2#' c/rally.yaml
"$CAMPAIGN" build c/rally.yaml -o out --now 2026-12-02 --format none --quiet || echo "exit $?"
"$CAMPAIGN" build c/rally.yaml -o out --now 2026-12-02 --format none --quiet --reissue flyer,post
grep -v '^#' c/rally.ledger | cut -f1,3,4,5,7
