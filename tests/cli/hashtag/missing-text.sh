"$CAMPAIGN" hashtag --style lower
