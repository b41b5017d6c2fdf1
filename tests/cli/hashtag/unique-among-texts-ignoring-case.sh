"$CAMPAIGN" hashtag Rally RALLY rally "Rally!" "Straße" "STRASSE"
