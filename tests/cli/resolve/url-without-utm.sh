# A URL without utm_ parameters has nothing to match; one without a host
# says that is what is missing.
for url in 'https://example.org/?a=b' 'https://' 'https:///?utm_source=x'; do
	status=0; "$CAMPAIGN" resolve examples/rally/campaign.yaml --now 2026-11-25 "$url" || status=$?
	echo "exit $status"
done
