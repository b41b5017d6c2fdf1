# A spec that drops short: after codes were printed keeps them in the
# ledger, warns that nothing serves them any more, and writes no tables;
# putting short: back brings the same codes.
cp -r data/short short
export CAMPAIGN_TEMPLATE_DIR=$PWD/short/templates
"$CAMPAIGN" build short/campaign.yaml -o out --now 2026-11-25 --quiet --format qr >/dev/null
cp short/campaign.yaml with.yaml
grep -v '^  short:' with.yaml | sed 's/, template: short-card//' >short/campaign.yaml
"$CAMPAIGN" build short/campaign.yaml -o out2 --now 2026-11-26 --quiet --format qr >/dev/null
cut -f1,8 short/campaign.ledger | grep -v '^#'
ls out2 | grep -c redirects || true
cp with.yaml short/campaign.yaml
"$CAMPAIGN" build short/campaign.yaml -o out --now 2026-11-27 --quiet --format qr >/dev/null
cut -d, -f1,4 out/redirects.csv
