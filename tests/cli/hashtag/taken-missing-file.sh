"$CAMPAIGN" hashtag --taken missing.txt Rally
