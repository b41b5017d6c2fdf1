# -o is required.
mkdir work && cd work
"$CAMPAIGN" qr "https://example.org/"
