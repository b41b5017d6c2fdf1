# A template that prints {{short_url}} in a campaign without short: is an
# error before anything is written, once for the template, at campaign:.
cp -r data/short short
grep -v '^  short:' short/campaign.yaml >short/none.yaml
status=0
CAMPAIGN_TEMPLATE_DIR=$PWD/short/templates "$CAMPAIGN" build short/none.yaml -o out --now 2026-11-25 --quiet || status=$?
[ ! -e out ] && [ ! -e short/none.ledger ] && echo "nothing written"
exit $status
