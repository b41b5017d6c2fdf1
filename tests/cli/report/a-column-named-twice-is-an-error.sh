# An export with two columns of the name a value is read from: which one
# holds it would be a guess (here the first 'called' is the office's
# extension, the second the tracking number), so it is an error at the
# header naming both columns, exit 1, also when the user names the column
# (in another case, with a space after it). Two columns of a name no value
# is read from are no one's business.
try() {
	status=0
	"$CAMPAIGN" report examples/rally/campaign.yaml "$@" >/dev/null || status=$?
	echo "exit $status"
}
printf 'start,caller,called,called,duration\n2026-11-28 10:00:00,+79161112233,office,+7 (495) 123-45-01,95\n' >calls.csv
try --calls calls.csv
printf 'Кто звонил;Куда;куда \n+79161112233;+7 (495) 123-45-01;+7 (495) 123-45-02\n' >russian.csv
try --calls russian.csv --calls-columns called=КУДА
printf 'called,note,note\n+7 (495) 123-45-01,a,b\n' >notes.csv
try --calls notes.csv
