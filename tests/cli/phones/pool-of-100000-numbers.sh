# A pool of 100,000 numbers serving 100,000 placements: every one gets its
# own number, in pool order, quickly.
python3 "$TESTS/cli/helpers/make_huge_table.py" huge 100000
timeout 120 "$CAMPAIGN" phones huge/campaign.yaml --now 2026-11-25 > table.txt
head -3 table.txt
tail -2 table.txt
grep -c ' new ' table.txt || true
