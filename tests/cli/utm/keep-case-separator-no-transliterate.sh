"$CAMPAIGN" utm https://example.org/ --source "Листовка У Ворот" --medium Print --campaign "Rally 2026" --case keep --separator - --no-transliterate
