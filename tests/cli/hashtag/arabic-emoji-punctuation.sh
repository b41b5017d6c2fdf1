"$CAMPAIGN" hashtag "مسيرة من أجل الأجور" "🔥 Rally!!! 🔥 #2026" "don't stop"
