# --only finds each id through a hash: half of a 100,000-placement table
# (50,000 ids) was 10^10 comparisons, 77 s; under the timeout now. Ids
# that are no placement are each named with the id meant for the first 20,
# then counted: each suggestion reads every id (3,000 mistyped ids took
# 250 s, for messages past the 1,000 printed).
unknown=$(seq 1 25 | sed 's/^/gate-/' | paste -sd, -)
status=0
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --format none --now 2026-11-25 --quiet --only "flyer-depot,$unknown" || status=$?
echo "exit $status"
test ! -e out
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --format qr --now 2026-11-25 --quiet --only flyer-depot,poster-park-kultury
ls out/qr
python3 "$TESTS/cli/helpers/make_huge_table.py" huge 100000
# shellcheck disable=SC2046
timeout 60 "$CAMPAIGN" build huge/campaign.yaml -o huge-out --format none --now 2026-11-25 --quiet \
	$(seq 0 2 99999 | awk '{ printf "poster-s%06d\n", $1 }' | split -l 7000 --filter='printf -- "--only %s " "$(paste -sd, -)"')
