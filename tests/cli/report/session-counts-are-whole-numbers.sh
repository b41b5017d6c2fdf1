# An analytics export's sessions are whole numbers, grouped in threes in
# any locale's way ("1,234", "1 234" with a no-break space, "1.234") or
# written as decimals by a spreadsheet ("12.0", "1,234.00"). A fraction
# ("12.5", "1,5") or a group that is not three digits ("1,23") is skipped
# with its line: read as a grouping it would count 125, 15 or 123 visits.
# So is a count over a billion in one row. The vk post's visits are the
# sum of the rows read: 1234 + 1234 + 1000 + 12 + 1234 = 4714.
nbsp=$(printf '1\302\240234')
{
	echo 'Session source / medium,Session campaign,Session manual ad content,Sessions'
	for count in 1,234 "$nbsp" 1.000 12.0 1,234.00 12.5 1,5 1,23 5000000000; do
		echo "vk / social,rally_2026,announcement,\"$count\""
	done
} >ga4.csv
"$CAMPAIGN" report examples/rally/campaign.yaml --analytics ga4.csv --format csv |
	tr -d '\r' | cut -d, -f2,7 | grep -E '^(placement|vk-post),'
