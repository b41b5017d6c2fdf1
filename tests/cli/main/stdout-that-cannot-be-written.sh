# What a command prints is its result: when standard output cannot take it
# (a full disk, a closed descriptor), the command fails (exit 3) and says
# so, in every command, instead of exiting 0 with the result lost.
for args in "utm --source flyer --medium print --campaign rally https://example.org/r" \
	"hashtag Riverside Clean-up Day" "templates" "version" "--help" \
	"validate examples/rally/campaign.yaml"; do
	status=0
	# shellcheck disable=SC2086
	"$CAMPAIGN" $args >/dev/full 2>err || status=$?
	echo "$args: exit $status"
	grep 'cannot write to standard output' err
done
status=0
"$CAMPAIGN" version >&- 2>err || status=$?
echo "closed: exit $status"
cat err
