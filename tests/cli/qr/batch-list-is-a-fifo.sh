# qr --batch with a list that is a FIFO is refused, not waited on (standard
# input, "-", is the way to pipe a list in).
mkfifo urls.txt
timeout 10 "$CAMPAIGN" qr --batch urls.txt -o codes
