# A clock set before the ledger's days (a wrong --now, a machine whose date
# was reset): releasing a placement would record it released before it
# was issued. validate and build say so alike, at the ledger, with the day
# to set; nothing is written. (It was an "internal error" from the
# ledger's writer check, and validate said ok.)
spec=examples/rally/campaign.yaml
"$CAMPAIGN" build "$spec" -o out --now 2027-06-01 --format none --quiet >/dev/null 2>&1
cp examples/rally/campaign.ledger before
python3 - "$spec" <<'PY'
import sys
s = open(sys.argv[1]).read()
i, j = s.index("  - id: flyer-gate-b"), s.index("  - id: flyer-depot")
open(sys.argv[1], "w").write(s[:i] + s[j:])
PY
status=0
"$CAMPAIGN" validate "$spec" --now 2020-01-01 --quiet 2>err || status=$?
grep -v 'which has passed' err
echo "validate: exit $status"
status=0
"$CAMPAIGN" build "$spec" -o out --now 2020-01-01 --quiet 2>err || status=$?
grep -v 'which has passed' err
echo "build: exit $status"
cmp before examples/rally/campaign.ledger && echo "ledger unchanged"
# A day behind is within the ledger's tolerance (machines either side of
# midnight), but a release that day would still come before the issue.
status=0
"$CAMPAIGN" validate "$spec" --now 2027-05-31 --quiet 2>err || status=$?
grep -v 'which has passed' err
echo "validate a day behind: exit $status"
"$CAMPAIGN" build "$spec" -o out --now 2027-06-02 --format none --quiet >/dev/null 2>&1
grep -c '^flyer-gate-b	.*	2027-06-01	2027-06-02	' examples/rally/campaign.ledger
