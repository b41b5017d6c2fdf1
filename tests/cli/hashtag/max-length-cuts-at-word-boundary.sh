"$CAMPAIGN" hashtag --max-length 20 "Митинг за достойную зарплату" "Митинг за достойную зарплату"
"$CAMPAIGN" hashtag --max-length 5 "Митинг за достойную зарплату"
