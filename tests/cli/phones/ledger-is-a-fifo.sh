# A ledger that is a FIFO is refused, not waited on (nor taken for a first
# build and replaced): exit 3 naming it.
mkfifo fifo.ledger
timeout 10 "$CAMPAIGN" phones examples/rally/campaign.yaml --ledger fifo.ledger
