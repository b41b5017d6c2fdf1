# Only .pdf and .png can be written: a usage error.
"$CAMPAIGN" render flyer-a6 -o out.jpg
