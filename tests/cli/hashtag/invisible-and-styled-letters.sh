# Characters that show nothing (the combining grapheme joiner, a Hangul
# filler, a Khmer inherent vowel, a Mongolian variation selector) are not
# kept in a tag, so each copy of "Big Rally" gets a suffix instead of four
# tags that print alike (issue 16). Fullwidth and bold letters are printed
# plain, and compare equal to the plain word; "№" is not made "No".
"$CAMPAIGN" hashtag "Big Rally" "$(printf 'Big\315\217Rally')" "$(printf 'Big\343\205\244Rally')" \
	"$(printf 'Big\341\236\264Rally')" "$(printf 'Big\341\240\213Rally')"
"$CAMPAIGN" hashtag "Finance" "Ｆｉｎａｎｃｅ" "𝐅𝐢𝐧𝐚𝐧𝐜𝐞" "Школа № 5"
