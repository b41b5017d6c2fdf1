# A file system that cannot exchange two names (renameat2 RENAME_EXCHANGE
# fails with EINVAL, as on NFS): the build falls back to replacing each file
# on its own, says nothing about it, and gives exactly the reference; killed
# at each of its calls, each file is old or new (the set as a whole cannot
# be, there), and the next build gives the reference.
#   no-rename-exchange.sh CAMPAIGN SHIM [withdraw]
. "$(dirname "$0")/common.sh"
fresh
FAULT_DIR=$scratch/run FAULT_NO_EXCHANGE=1 LD_PRELOAD=$shim build $to run 2026-11-25 >/dev/null 2>run.err ||
	{ echo "the build without RENAME_EXCHANGE failed:"; cat run.err; exit 1; }
# Nothing but the note of a withdrawal: the fallback is not a problem to report.
! grep -v ': note: withdrew placement' run.err || { echo "the build without RENAME_EXCHANGE said the above"; exit 1; }
diff -r -x .campaign.lock run/out ref/out || { echo "the build without RENAME_EXCHANGE is not the reference"; exit 1; }
[ -z "$(find run/out -name '.*.new')" ] || { echo "left behind: $(find run/out -name '.*.new')"; exit 1; }
FAULT_DIR=$scratch/run FAULT_COUNT=$scratch/count FAULT_NO_EXCHANGE=1 LD_PRELOAD=$shim \
	build $to run 2026-11-25 >/dev/null 2>&1 || { echo "the counting build failed"; exit 1; }
read_count count 3 "calls that change a file"
failed=0
n=0
while [ "$n" -lt "$points" ]; do
	fresh
	status=0
	FAULT_DIR=$scratch/run FAULT_AFTER=$n FAULT_ERRNO=KILL FAULT_NO_EXCHANGE=1 LD_PRELOAD=$shim \
		build $to run 2026-11-25 >/dev/null 2>&1 || status=$?
	if [ "$status" != 137 ]; then
		echo "kill before call $n: exit $status, expected 137 (SIGKILL)"
		failed=1
	else
		check_run "a kill before call $n" files --temps || failed=1
	fi
	n=$((n + 1))
done
echo "without RENAME_EXCHANGE, $points kill points: $( [ $failed = 0 ] && echo survived || echo FAILED )"
exit $failed
