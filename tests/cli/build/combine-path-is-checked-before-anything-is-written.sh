# A --combine path that cannot be written (its directory is missing, or a
# directory is in the way) fails before the build writes anything: no
# output directory, no ledger, no flyer drawn for nothing.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --quiet \
	--combine missing/set.pdf 2>&1 || echo "exit $?"
mkdir in-the-way.pdf
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --quiet \
	--combine in-the-way.pdf 2>&1 || echo "exit $?"
test ! -e out
test ! -e examples/rally/campaign.ledger
ls -A in-the-way.pdf | wc -l
