# resolve --registry with a registry that is a FIFO refuses it, not waits on it.
mkfifo fifo.registry
timeout 10 "$CAMPAIGN" resolve --registry fifo.registry +74951234501
