# A rows: table of 100,000 rows, each a placement with a tracking number
# from a pool of 100,000: validate checks every identifier, and stays fast
# (the first build of such a table was quadratic, minutes long).
python3 "$TESTS/cli/helpers/make_huge_table.py" huge 100000
timeout 120 "$CAMPAIGN" validate huge/campaign.yaml --now 2026-11-25
