"$CAMPAIGN" utm https://example.org/ --source "Flyer A" --medium "a+b" --campaign "Щи" --raw
