# qr --batch /dev/zero would read without end: a device is refused like a FIFO.
timeout 10 "$CAMPAIGN" qr --batch /dev/zero -o codes
