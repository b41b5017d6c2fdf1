# qr --batch with a directory for its list: exit 3 naming it.
mkdir urls
"$CAMPAIGN" qr --batch urls -o codes
