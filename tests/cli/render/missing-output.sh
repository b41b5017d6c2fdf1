# -o is required.
"$CAMPAIGN" render flyer-a6 --set url=x
