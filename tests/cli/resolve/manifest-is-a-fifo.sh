# resolve with a manifest.json that is a FIFO refuses it, not waits on it.
mkfifo manifest.json
timeout 10 "$CAMPAIGN" resolve manifest.json https://example.org/
