"$CAMPAIGN" hashtag "1 Мая — День труда"
