"$CAMPAIGN" utm "https://example.org/p?utm_source=old&x=1&utm_source=dup&utm_term=&flag#frag?a=b" --source flyer --medium print --campaign rally
