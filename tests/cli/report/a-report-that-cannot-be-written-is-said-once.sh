# Standard output on a full disk (/dev/full): exit 3 and one error that
# says why, not a second, vaguer one from the last check of standard
# output ("a write failed") after it.
printf 'start,caller,called,duration,status\n2026-11-28 10:00:00,+79161112233,+7 (495) 123-45-01,95,ANSWERED\n' >calls.csv
status=0
"$CAMPAIGN" report examples/rally/campaign.yaml --calls calls.csv >/dev/full 2>err.txt || status=$?
echo "exit $status"
grep -c 'error' err.txt
grep 'error' err.txt >&2
