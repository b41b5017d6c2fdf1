"$CAMPAIGN" hashtag --script latin "مسيرة"
