"$CAMPAIGN" utm "http://user@[2001:DB8::1]:8080/a%20b/~c?q=%D0%B9+x&" --source flyer --medium print --campaign rally --term "50% off"
