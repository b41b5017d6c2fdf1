# Many providers export the newest call first. A repeat is a call within
# --repeat-hours after the caller's last target call in time order, so the
# same three calls 48 hours apart are three target calls in either order
# of the file (newest first, they counted one: each older call looked like
# a repeat of the newer one before it).
{
	echo 'start,caller,called,duration,status'
	for day in 28 26 24; do
		echo "2026-11-$day 10:00:00,+79161112233,+7 (495) 123-45-01,95,ANSWERED"
	done
} >newest-first.csv
{
	head -1 newest-first.csv
	tail -n +2 newest-first.csv | sort
} >oldest-first.csv
for log in oldest-first newest-first; do
	"$CAMPAIGN" report examples/rally/campaign.yaml --calls $log.csv --format csv 2>/dev/null |
		tr -d '\r' | cut -d, -f2,9-12 | grep -E '^(placement|flyer-gate-a),'
done
