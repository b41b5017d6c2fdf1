# --sample renders every language it has, so a --lang beside it is a mistake, said before anything is written.
"$CAMPAIGN" render calm-flyer-a6 --sample --lang ru -o look.png
