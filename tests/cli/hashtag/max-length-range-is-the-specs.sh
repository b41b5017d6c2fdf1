# --max-length takes what the spec's hashtag.max_length takes, 2 to 139 (it
# took 1 to 200): a tag tried on the command line can be built from a spec.
for n in 1 2 139 140 200; do
	status=0
	"$CAMPAIGN" hashtag --max-length $n "Big Rally" 2>err || status=$?
	head -1 err >&2
	echo "$n: exit $status"
done
rm err
