# A template name that is not built in: exit 3 with the nearest name.
"$CAMPAIGN" render flyer-a55 -o out.pdf
