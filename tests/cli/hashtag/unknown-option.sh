"$CAMPAIGN" hashtag --takn x Rally
