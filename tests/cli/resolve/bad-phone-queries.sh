# Queries that look like phone numbers but are not one are refused with the
# reason (exit 1), never matched on some of their digits.
try() {
	status=0
	"$CAMPAIGN" resolve examples/rally/campaign.yaml --now 2026-11-25 "$1" || status=$?
	echo "exit $status"
}
try '8 (495) 123-45'
try '+7 495 123-45-01-99-99'
try '+7 +495 123-45-01'
try '8 (495)) 123-45-01'
try '+0 495 123 45 01'
try '   '
