"$CAMPAIGN" utm "https://example.org/?ref=print&x=1" --source flyer --medium print --campaign rally --param ref=poster --param "note=a b+c&d" --param empty= --param "ключ=значение"
