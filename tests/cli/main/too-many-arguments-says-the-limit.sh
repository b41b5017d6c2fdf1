# More arguments than a command reads is a usage error that says how many
# it reads, not only "too many".
status=0; "$CAMPAIGN" hashtag $(seq 1 65) >/dev/null || status=$?; echo "exit $status"
