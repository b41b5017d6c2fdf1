"$CAMPAIGN" hashtag --style camle Rally
