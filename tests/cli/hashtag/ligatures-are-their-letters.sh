# A title pasted from a PDF holds ligatures where the font joined letters
# ("ﬁ" U+FB01, "ﬃ" U+FB03, "ﬆ" U+FB06, Armenian "ﬔ" U+FB14). The tag is
# made of the letters, so it is capitalised and typed as any other word;
# and it is the same tag as the word typed plainly, so the second is _2.
"$CAMPAIGN" hashtag 'ﬁsh market' 'Fish Market' 'Oﬃce ﬂow' 'ﬆar' 'մﬔ'
"$CAMPAIGN" hashtag --style lower 'ﬁsh'
