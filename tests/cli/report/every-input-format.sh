# One report over every kind of trace file, each in a form people have:
# an nginx log with a robot, a 404, a 500 and a junk line; a Russian call
# log separated by ';' with a BOM and CRLF; GA4's export with its '#'
# preamble and "1,204" sessions; posts in any case. stdout is the table,
# stderr says how each file was read and names the line it skipped.
"$CAMPAIGN" build examples/rally/campaign.yaml --format none -o out >/dev/null 2>&1
"$CAMPAIGN" report examples/rally/campaign.yaml --access-log data/report/access.log \
	--calls data/report/calls-semicolon-bom-crlf.csv --posts data/report/posts.csv \
	--analytics data/report/ga4.csv
