# A registry that is a FIFO is refused, not waited on (nor taken for a new one).
mkfifo fifo.registry
timeout 10 "$CAMPAIGN" phones examples/rally/campaign.yaml --registry fifo.registry
