# A file with no line end is no text of traces: a disk image, a sparse
# file of zeros. Its first line past 64 MiB is an error (exit 1) that
# says so, where the reader went on to the end of the file to find a line
# end (a terabyte of zeros: a read of hours), also after a header.
try() {
	status=0
	timeout 20 "$CAMPAIGN" report examples/rally/campaign.yaml "$@" >/dev/null || status=$?
	echo "exit $status"
}
truncate -s 200M zeros.log
try --access-log zeros.log
printf 'start,caller,called\n' >zeros.csv
truncate -s 200M zeros.csv
try --calls zeros.csv
