# A placement reissued without an edit keeps its URL and gets a new number.
# resolve finds it by the new number and by the old one (saying that the
# old one is from before its reissue, not that it left the spec), and by
# its URL once, with what it carries now.
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
YAML
"$CAMPAIGN" build c/rally.yaml -o out --now 2026-12-01 --format none --quiet
"$CAMPAIGN" build c/rally.yaml -o out --now 2026-12-03 --format none --quiet --reissue flyer
echo "== the number it carries now"
"$CAMPAIGN" resolve c/rally.yaml '+7 495 123-45-02' --now 2026-12-04
echo "== the number its first flyers carried"
"$CAMPAIGN" resolve c/rally.yaml 'tel:+74951234501' --now 2026-12-04
echo "== its URL, the same in both issues"
"$CAMPAIGN" resolve c/rally.yaml 'https://example.org/rally?utm_source=flyer&utm_medium=print&utm_campaign=rally' --now 2026-12-04
echo "== from the manifest, which has what is current"
"$CAMPAIGN" resolve out/manifest.json 'https://example.org/rally?utm_source=flyer&utm_medium=print&utm_campaign=rally'
