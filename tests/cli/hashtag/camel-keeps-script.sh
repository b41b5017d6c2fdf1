"$CAMPAIGN" hashtag "Митинг за достойную зарплату" "rally for fair pay" "митинг за МРОТ"
