# A file of traces of which no line can be read is the wrong file, however
# short: exit 1 at its first bad line with why, not a report of zeros with
# exit 0 (a file mostly unreadable was an error only from ten lines on).
# One line read of three is a file with bad lines: read, and they named.
try() {
	status=0
	"$CAMPAIGN" report examples/rally/campaign.yaml "$@" >/dev/null || status=$?
	echo "exit $status"
}
printf 'Name:\tcampaign\nUmask:\t0022\nState:\tR (running)\n' >status.log
try --access-log status.log
printf 'start,caller,called\n2026-11-28 10:00:00,+79161112233,office\n2026-11-28 10:00:00,+79161112233,desk\n' >calls.csv
try --calls calls.csv
printf '2026-11-28 10:00:00,+79161112233,+7 (495) 123-45-01\n' >>calls.csv
try --calls calls.csv
