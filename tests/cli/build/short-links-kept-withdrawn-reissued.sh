# Short codes are permanent: a rebuild keeps them, a placement that leaves
# keeps its code on record (it still redirects, to the URL it was issued
# with), and a reissue gets a new code while the old one stays with the
# old issue. No code is given twice. The ledger's last column holds them.
cp -r data/short short
export CAMPAIGN_TEMPLATE_DIR=$PWD/short/templates
build() { "$CAMPAIGN" build "$@" -o out --quiet --format qr >/dev/null; }
build short/campaign.yaml --now 2026-11-25
cut -f1,4,8 short/campaign.ledger | grep -v '^#'
build short/campaign.yaml --now 2026-11-26
echo "rebuilt:"; cut -f1,4,8 short/campaign.ledger | grep -v '^#'
grep -v poster-station short/campaign.yaml >short/next.yaml
mv short/next.yaml short/campaign.yaml
build short/campaign.yaml --now 2026-11-27 --reissue flyer-gate
echo "poster gone, gate reissued:"; cut -f1,4,8 short/campaign.ledger | grep -v '^#'
echo "redirects:"; tail -n +2 out/redirects.csv | cut -d, -f1,4,5
codes=$(grep -v '^#' short/campaign.ledger | cut -f8)
[ "$(echo "$codes" | sort -u | wc -l)" = "$(echo "$codes" | wc -l)" ] && echo "every code once"
