"$CAMPAIGN" hashtag --script=latin "Митинг за достойную зарплату" "Straße der Pariser Kommune"
