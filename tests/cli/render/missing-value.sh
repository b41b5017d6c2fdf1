# Every placeholder needs a value: one missing is a located error, and no file.
status=0
"$CAMPAIGN" render flyer-a6 --set event.title=Rally --set event.date=2026-12-05 \
	--set event.time=12:00 --set event.venue=Park --set url=https://example.org/r \
	--set hashtag="#Rally" -o out.pdf || status=$?
echo "exit $status"
ls -A | grep -v "^\.std"  # the runner's .stdout and .stderr
exit $status
