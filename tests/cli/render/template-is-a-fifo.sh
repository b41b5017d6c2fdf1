# A template file that is a FIFO is refused, not waited on: exit 3 naming it.
mkfifo template.yaml
timeout 10 "$CAMPAIGN" render template.yaml -o out.pdf
