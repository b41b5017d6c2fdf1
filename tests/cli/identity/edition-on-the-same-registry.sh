# An Arabic edition of a Russian campaign, a spec of its own on the same
# registry, with hashtags kept there too: it never gets the Russian
# edition's numbers or tags, though its title makes the same tag.
mkdir c
cat >c/ru.yaml <<'YAML'
campaign:
  name: "Митинг"
  slug: rally-ru
  language: ru
  landing: https://example.org/rally
  registry: { file: shared.registry, hashtags: true }
  hashtag: { script: latin }
  phones: { country_code: 7, pool: ["+74951234501", "+74951234502", "+74951234503"] }
events:
  - { id: ev, title: "Rally 2026", date: 2026-12-05 }
placements:
  - { id: flyer, event: ev, source: flyer, medium: print, phone: true }
YAML
sed 's/"Митинг"/"مسيرة"/; s/rally-ru/rally-ar/; s/language: ru/language: ar/; s/id: flyer,/id: flyer-ar,/' c/ru.yaml >c/ar.yaml
"$CAMPAIGN" build c/ru.yaml -o out-ru --now 2026-12-01 --format none --quiet
"$CAMPAIGN" build c/ar.yaml -o out-ar --now 2026-12-01 --format none --quiet
grep -v '^#' c/shared.registry
python3 - out-ru/manifest.json out-ar/manifest.json <<'PY'
import json, sys
for f in sys.argv[1:]:
    p = json.load(open(f))["placements"][0]
    print(p["id"], p["phone"], p["hashtag"])
PY
