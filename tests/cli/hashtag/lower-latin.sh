"$CAMPAIGN" hashtag --style lower --script latin "Митинг за достойную зарплату" "Щи да каша" "Ünïcödé ärger"
