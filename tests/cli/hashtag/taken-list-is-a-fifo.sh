# --taken naming a FIFO is refused, not waited on: exit 3 naming it.
mkfifo taken
timeout 10 "$CAMPAIGN" hashtag --taken taken Rally
