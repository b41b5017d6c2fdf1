# The build reads each placement back from its scratch file (the flyers on
# worker threads, then the manifest): a read that fails at any one of those
# points stops the build with exit 3 and the reason, leaves every output old
# or as the build would write it and no temporary file, and the next build
# gives the reference.
. "$(dirname "$0")/common.sh"
fresh
FAULT_DIR=$scratch/run FAULT_ONLY=read FAULT_COUNT=$scratch/count LD_PRELOAD=$shim \
	build new run 2026-11-25 >/dev/null 2>&1 || { echo "the counting build failed"; exit 1; }
# Readers read ahead (256 KB), so this small campaign is one read for the
# flyer worker and one for each manifest: fewer means the count missed them.
read_count count 3 "reads of the scratch file"
failed=0
n=0
while [ "$n" -lt "$points" ]; do
	fresh
	status=0
	FAULT_DIR=$scratch/run FAULT_ONLY=read FAULT_AFTER=$n FAULT_ERRNO=EIO LD_PRELOAD=$shim \
		build new run 2026-11-25 >/dev/null 2>run.err || status=$?
	if [ "$status" != 3 ] ||
		! grep -q "error: cannot read the build's scratch file: Input/output error" run.err; then
		echo "read $n failed: exit $status, expected 3 with the reason:"
		cat run.err
		failed=1
	else
		check_run "read $n failed" old || failed=1
	fi
	n=$((n + 1))
done
echo "$points reads failed in turn: $( [ $failed = 0 ] && echo clean || echo FAILED )"
exit $failed
