# A spec that is a FIFO is refused, not waited on (open() would block for
# ever with no writer): exit 3 naming it. timeout turns a hang into a failure.
mkfifo spec.yaml
timeout 10 "$CAMPAIGN" validate spec.yaml
