"$CAMPAIGN" hashtag Rally "!!!" "2026" Fair
