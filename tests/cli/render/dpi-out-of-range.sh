# A resolution the renderer refuses is a usage error (exit 2), as in build and qr.
"$CAMPAIGN" render flyer-a6 -o out.png --dpi 5000
