# A disk that fills up (ENOSPC) or breaks (EIO) at any one of the points
# where a build changes a file (create, write, fsync, rename, mkdir): the
# build stops with exit 3 naming the file and the reason, leaves every
# output as it was before or as the build would write it and no temporary
# file, the ledger old or new, and the next build gives the reference.
. "$(dirname "$0")/common.sh"
count_points
failed=0
n=0
while [ "$n" -lt "$points" ]; do
	for err in ENOSPC EIO; do
		fresh
		status=0
		FAULT_DIR=$scratch/run FAULT_AFTER=$n FAULT_ERRNO=$err LD_PRELOAD=$shim \
			build $to run 2026-11-25 >/dev/null 2>run.err || status=$?
		reason="No space left on device"
		[ "$err" = EIO ] && reason="Input/output error"
		if [ "$status" != 3 ] || ! grep -q "error: .*$reason" run.err; then
			echo "$err after $n calls: exit $status, expected 3 with '$reason':"
			cat run.err
			failed=1
			continue
		fi
		# The real error only: a failed write once read as threads that
		# could not start, and a false second error followed it.
		if grep -q "cannot start a thread" run.err; then
			echo "$err after $n calls: a false error after the real one:"
			cat run.err
			failed=1
		fi
		check_run "$err after $n calls" "$(set_at $((n + 1)))" || failed=1
	done
	n=$((n + 1))
done
echo "$points points x ENOSPC, EIO: $( [ $failed = 0 ] && echo clean || echo FAILED )"
exit $failed
