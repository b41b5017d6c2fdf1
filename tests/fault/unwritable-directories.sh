# Directories that cannot be written: a build stops with exit 3 naming the
# file or directory and the reason, and leaves the outputs and the ledger as
# they were, with nothing of its own behind.
#
# Two ways, because CI runs as root and root writes anywhere, so chmod alone
# proves nothing (pitfalls.md section 2):
#  - for real: the build runs without the right to ignore permissions (as
#    root, setpriv drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, so root
#    obeys the mode bits as any owner does) against directories chmod'ed
#    read-only: the output directory, its qr/ and flyers/, the ledger's.
#    Not as user nobody: a checkout in a private directory (mktemp -d makes
#    them 0700) would hide the tool and its library from it;
#  - simulated by faultfs: EACCES and EROFS (a read-only mount) at the first
#    file creation, the first rename and, into an empty output directory,
#    the first mkdir.
. "$(dirname "$0")/common.sh"
failed=0

expect_refusal() { # what reason [--no-state]
	what=$1 reason=$2
	if [ "$status" != 3 ] || ! grep -q "error: .*$reason" run.err; then
		echo "$what: exit $status, expected 3 with '$reason':"
		cat run.err
		failed=1
		return 1
	fi
}

# --- for real, as a user without the rights -------------------------------
chmod 755 "$scratch"
mkdir -p home
chmod 777 home
unprivileged() { # command...
	if [ "$(id -u)" = 0 ]; then
		HOME=$scratch/home setpriv --bounding-set=-dac_override,-dac_read_search -- "$@"
	else
		"$@"
	fi
}
for target in out out/qr out/flyers ledger-dir; do
	fresh
	mkdir run/ledger-dir
	mv run/fault.ledger run/ledger-dir/
	chmod -R a+rX run
	chmod a-w "run/$target"
	status=0
	unprivileged "$campaign" build new/campaign.yaml -o run/out --ledger run/ledger-dir/fault.ledger \
		--now 2026-11-25 --quiet -j 1 --dpi 72 >/dev/null 2>run.err || status=$?
	chmod -R u+w run
	mv run/ledger-dir/fault.ledger run/
	rmdir run/ledger-dir
	expect_refusal "an unwritable $target" "Permission denied" || continue
	grep -q "${target%-dir}" run.err || { echo "an unwritable $target is not named:"; cat run.err; failed=1; }
	check_run "an unwritable $target" old || failed=1
done

# --- simulated by faultfs -------------------------------------------------
for err in EACCES EROFS; do
	reason="Permission denied"
	[ "$err" = EROFS ] && reason="Read-only file system"
	for kind in create rename; do
		fresh
		status=0
		FAULT_DIR=$scratch/run FAULT_ONLY=$kind FAULT_AFTER=0 FAULT_ERRNO=$err LD_PRELOAD=$shim \
			build new run 2026-11-25 >/dev/null 2>run.err || status=$?
		expect_refusal "$err at the first $kind" "$reason" || continue
		check_run "$err at the first $kind" old || failed=1
	done
	# An output directory that does not exist yet: its subdirectories are made.
	fresh
	rm -rf run/out
	status=0
	FAULT_DIR=$scratch/run FAULT_ONLY=mkdir FAULT_AFTER=0 FAULT_ERRNO=$err LD_PRELOAD=$shim \
		build new run 2026-11-25 >/dev/null 2>run.err || status=$?
	expect_refusal "$err at the first mkdir" "$reason" || continue
	check_run "$err at the first mkdir" none || failed=1
done
echo "unwritable directories: $( [ $failed = 0 ] && echo refused cleanly || echo FAILED )"
exit $failed
