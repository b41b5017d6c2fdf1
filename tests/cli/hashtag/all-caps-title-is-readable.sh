"$CAMPAIGN" hashtag "МИТИНГ ЗА ЗАРПЛАТУ" "NATO"
