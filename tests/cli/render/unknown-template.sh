# A template name that is not built in is the input's mistake: exit 1 with the nearest name.
"$CAMPAIGN" render flyer-a55 -o out.pdf
