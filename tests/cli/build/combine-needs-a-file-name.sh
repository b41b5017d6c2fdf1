# --combine with no file name at its end ('', a directory's '/', '.', '..')
# is a usage error naming the option, exit 2, before anything is written;
# it was ": error: not a file name", which named neither.
cd examples/rally
for value in '' 'sets/' '.' 'sets/..'; do
	status=0
	"$CAMPAIGN" build campaign.yaml -o out -q --combine "$value" 2>err || status=$?
	head -1 err >&2
	echo "'$value': exit $status"
done
rm err
ls -A
