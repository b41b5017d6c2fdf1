"$CAMPAIGN" hashtag --script cyrillic Rally
