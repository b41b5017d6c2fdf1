# A time before 1970 is no campaign's: it is a time that could not be
# read, said with its line as one, not a lead with "no time the
# conversion happened" (1969-12-31 23:59:59 is -1 seconds, the readers'
# "none") nor a call placed on a path decades before the campaign.
printf 'time,phone,utm_source,utm_medium,utm_campaign,utm_content\n1969-12-31 23:59:59,+79161112233,vk,social,rally_2026,announcement\n1960-05-01 10:00:00,+79161112234,vk,social,rally_2026,announcement\n2026-11-28 10:00:00,+79161112235,vk,social,rally_2026,announcement\n' >leads.csv
"$CAMPAIGN" report examples/rally/campaign.yaml --conversions leads.csv --format csv >/dev/null
