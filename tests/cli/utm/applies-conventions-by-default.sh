"$CAMPAIGN" utm https://example.org/ --source " Листовка у ворот " --medium Print --campaign "Митинг 2026" --content "ЩИ"
