# --combine asks for a PDF of the flyers; a spec whose placements have no
# template gives none. The build says the file was not written (a warning:
# the identifiers are still built), and an older file there stays as it was.
sed '/^    template: /d' examples/rally/campaign.yaml >s.yaml
cp examples/rally/stations.csv .
echo "an older combined set" >all.pdf
"$CAMPAIGN" build s.yaml -o out --now 2026-11-25 --quiet --combine all.pdf
cat all.pdf
