# A resolution the renderer refuses is invalid input.
"$CAMPAIGN" render flyer-a6 -o out.png --dpi 5000
