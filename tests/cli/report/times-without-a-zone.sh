# A call log writes local times without a zone; the CRM writes UTC with a
# 'Z'. Read as UTC, the 10:00 call comes after the 09:30Z lead and is no
# part of its path; with --utc-offset +03:00 it is 07:00Z, before it, and
# the flyer it called gets first-touch credit. Each file says how its times
# were read. A malformed offset is a usage error.
"$CAMPAIGN" build examples/rally/campaign.yaml --format none -o out >/dev/null 2>&1
printf 'time,caller,called,duration\n05.12.2026 10:00,+79161112233,+74951234501,60\n' >calls.csv
printf 'time,phone,utm_source,utm_medium,utm_campaign,utm_content\n2026-12-05T09:30:00Z,+79161112233,vk,social,rally_2026,announcement\n' >leads.csv
for offset in "" "--utc-offset +03:00"; do
	# shellcheck disable=SC2086
	"$CAMPAIGN" report examples/rally/campaign.yaml --calls calls.csv --conversions leads.csv \
		$offset --format csv | tr -d '\r' | cut -d, -f2,15 | grep -E '^(flyer-gate-a|vk-post),'
done
status=0
"$CAMPAIGN" report examples/rally/campaign.yaml --calls calls.csv --utc-offset 3h || status=$?
echo "exit $status"
