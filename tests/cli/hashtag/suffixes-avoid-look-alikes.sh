"$CAMPAIGN" hashtag a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a
