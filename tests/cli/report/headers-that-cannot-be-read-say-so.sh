# A header that cannot be read is said as it is, not as the next line's
# values: a first line over 1 MiB (it was skipped, and the next line was
# taken for the header, naming a call's values as columns), and a header
# of more than 1024 columns (the ones past them were dropped, and the
# 'called' column among them was "no column"). Both exit 1 at line 1.
try() {
	status=0
	"$CAMPAIGN" report examples/rally/campaign.yaml "$@" >/dev/null || status=$?
	echo "exit $status"
}
{
	head -c 1100000 /dev/zero | tr '\0' a
	printf ',start,caller,called\n2026-11-28 10:00:00,+79161112233,+7 (495) 123-45-01\n'
} >long.csv
try --calls long.csv
i=0
while [ $i -lt 1100 ]; do
	printf 'c%d,' $i
	i=$((i + 1))
done >wide.csv
printf 'called\n' >>wide.csv
try --calls wide.csv
