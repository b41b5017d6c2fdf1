"$CAMPAIGN" hashtag --max-length 30x Rally
