# A build killed (SIGKILL, as by the OOM killer or a power cut) right before
# each of the calls that change a file: every output is old or new, the
# ledger old or new, and the next build removes what the killed one left
# and gives the reference.
. "$(dirname "$0")/common.sh"
count_points
failed=0
n=0
while [ "$n" -lt "$points" ]; do
	fresh
	status=0
	FAULT_DIR=$scratch/run FAULT_AFTER=$n FAULT_ERRNO=KILL LD_PRELOAD=$shim \
		build $to run 2026-11-25 >/dev/null 2>&1 || status=$?
	if [ "$status" != 137 ]; then
		echo "kill before call $n: exit $status, expected 137 (SIGKILL)"
		failed=1
	else
		check_run "a kill before call $n" "$(set_at $((n + 1)))" --temps || failed=1
	fi
	n=$((n + 1))
done
echo "$points kill points: $( [ $failed = 0 ] && echo survived || echo FAILED )"
exit $failed
