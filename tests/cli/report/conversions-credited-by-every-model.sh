# A CRM's leads (Bitrix24's export: ';', CRLF, Russian column names, the
# contact's phone and UTM fields) with the call log: Ivan called the gate-A
# flyer's number twice, then signed up from the VK post, so his lead counts
# for vk-post and is shared along his path by every model (first touch: the
# flyer; last touch: the post; the others in between, each summing to 1.00).
# A lead with nothing to link it is unattributed; one without a date skipped.
"$CAMPAIGN" build examples/rally/campaign.yaml --format none -o out >/dev/null 2>&1
"$CAMPAIGN" report examples/rally/campaign.yaml \
	--calls data/report/calls-semicolon-bom-crlf.csv --conversions data/report/bitrix24-leads.csv \
	| sed -n '/^conversions credited/,$p'
"$CAMPAIGN" report examples/rally/campaign.yaml \
	--calls data/report/calls-semicolon-bom-crlf.csv --conversions data/report/bitrix24-leads.csv \
	--format csv 2>/dev/null | tr -d '\r' | cut -d, -f2,14-21 | grep -v ',0,0.00,0.00,0.00,0.00,0.00,0.00,0.00$'
