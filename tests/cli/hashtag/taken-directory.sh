mkdir lists
"$CAMPAIGN" hashtag --taken lists Rally
