# A query that is no URL, phone number or hashtag is refused with the reason
# (exit 1), never looked up as a hashtag it cannot be.
try() {
	status=0
	"$CAMPAIGN" resolve examples/rally/campaign.yaml --now 2026-11-25 "$1" || status=$?
	echo "exit $status"
}
try 'Митинг за зарплату'
try '#rally 2026'
try 'rally!'
try 'tel:'
try 'tel:call-me'
try 'sms:+74951234501,+74951234502?body=hi'
try '‏ ‎'
