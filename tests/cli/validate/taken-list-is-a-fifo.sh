# The spec's hashtag.taken list as a FIFO is refused, not waited on.
sed 's/^  hashtag:$/  hashtag:\n    taken: taken.txt/' examples/rally/campaign.yaml >examples/rally/taken.yaml
grep -q "taken: taken.txt" examples/rally/taken.yaml
mkfifo examples/rally/taken.txt
timeout 10 "$CAMPAIGN" validate examples/rally/taken.yaml
