# A template's image that is a directory is refused at the element that names it.
cp data/templates/good/contract-example.yaml t.yaml
mkdir logo.png
"$CAMPAIGN" render t.yaml -o out.pdf
