# What cannot be read is an error that says where and why: no file of
# traces (usage, 2), a column that is not there (1, at the header's line,
# listing the header), a file that is mostly not an access log (1), a
# missing file and a FIFO (3, never waiting on the FIFO).
try() {
	status=0
	"$CAMPAIGN" report examples/rally/campaign.yaml "$@" >/dev/null || status=$?
	echo "exit $status"
}
try
try --calls-columns called=To
printf 'when,who,where\n1,2,3\n' >calls.csv
try --calls calls.csv
try --calls calls.csv --calls-columns called=Where
try --calls calls.csv --calls-columns dialled=where
seq 1 20 >junk.log
try --access-log junk.log
try --posts missing.csv
mkfifo fifo.csv
try --posts fifo.csv
try --calls calls.csv --format xml
try --calls calls.csv --target-seconds -5
