# A placement's URL as visits bring it back: trackers' parameters added
# (gclid, fbclid, yclid), parameters reordered, escapes written another way
# or decoded, a trailing slash, http, the host in capitals or in Unicode;
# each finds its placement from the spec and from the manifest.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --quiet >/dev/null
while read -r query; do
	a=$("$CAMPAIGN" resolve examples/rally/campaign.yaml --now 2026-11-25 "$query" | cut -f1)
	b=$("$CAMPAIGN" resolve out/manifest.json "$query" | cut -f1)
	echo "$a	$b	$query"
done <<'EOF_QUERIES'
https://xn--g1anacfhu6f.xn--p1ai/rally/moscow?utm_source=flyer&utm_medium=print&utm_campaign=rally_2026&utm_id=r26&utm_content=prokhodnaia_b&gclid=EAIaIQobChMI
https://xn--g1anacfhu6f.xn--p1ai/rally/moscow?fbclid=IwAR2x&utm_content=prokhodnaia_b&utm_id=r26&utm_campaign=rally_2026&utm_medium=print&utm_source=flyer
https://xn--g1anacfhu6f.xn--p1ai/rally/moscow/?utm_source=flyer&utm_medium=print&utm_campaign=rally_2026&utm_content=prokhodnaia%5fb&yclid=123
http://XN--G1ANACFHU6F.XN--P1AI/rally/moscow?utm_source=%66lyer&utm_medium=print&utm_content=prokhodnaia_b
https://профсоюз.рф/rally/moscow?utm_source=flyer&utm_medium=print&utm_content=prokhodnaia_b#signup
ПРОФСОЮЗ.РФ/rally/moscow?UTM_SOURCE=flyer&utm_medium=print&utm_content=prokhodnaia_b
utm_source=newsletter&utm_medium=email&utm_term=members
EOF_QUERIES
