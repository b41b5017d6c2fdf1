# Campaigns that share a registry share their short-link domain: the
# registry records each code, and `resolve --registry` says whose it is.
cp -r data/short short
sed 's|^  short:|  registry: codes.registry\n  short:|' short/campaign.yaml >short/reg.yaml
CAMPAIGN_TEMPLATE_DIR=$PWD/short/templates "$CAMPAIGN" build short/reg.yaml -o out --now 2026-11-25 --quiet --format qr >/dev/null
grep '^short' short/codes.registry
"$CAMPAIGN" resolve --registry short/codes.registry 26RHK
