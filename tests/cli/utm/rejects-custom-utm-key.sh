"$CAMPAIGN" utm https://example.org/ --source flyer --medium print --campaign rally --param UTM_SOURCE=x --param ref=1 --param ref=2
