# A template's image that is a FIFO is refused at the element that names it.
cp data/templates/good/contract-example.yaml t.yaml
mkfifo logo.png
timeout 10 "$CAMPAIGN" render t.yaml -o out.pdf
