# validate reports what build would, without drawing a flyer: the values a
# placement's template prints and the placement lacks, with what to add.
cp -r data/specs/values-missing spec
status=0
"$CAMPAIGN" validate spec/campaign.yaml --now 2026-11-25 || status=$?
echo "exit $status"
ls -A spec
