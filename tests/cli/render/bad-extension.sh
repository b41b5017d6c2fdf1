# Only .pdf, .png and .jpg (.jpeg) can be written: a usage error.
"$CAMPAIGN" render flyer-a6 -o out.gif
