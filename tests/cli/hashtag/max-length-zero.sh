"$CAMPAIGN" hashtag --max-length 0 Rally
