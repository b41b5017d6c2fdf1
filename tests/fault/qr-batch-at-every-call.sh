# `campaign qr --batch` into a new directory, failed (EIO) and killed (SIGKILL)
# at each call that changes a file: the directory is then absent or holds
# complete codes only, never a half-written file; after a failure nothing
# hidden is left beside it; and the next run removes what a killed one left
# and writes every code.
#   qr-batch-at-every-call.sh CAMPAIGN SHIM
. "$(dirname "$0")/scratch.sh"
printf 'https://example.org/?n=%s\n' 1 2 3 4 5 >urls.txt
codes=$(wc -l <urls.txt)

batch() {
	"$campaign" qr --batch urls.txt -o run/out -j 1
}

# Every file in run/out (if it exists) starts as a PNG and ends with IEND.
complete() {
	[ -d run/out ] || return 0
	python3 - run/out <<'PY'
import os, sys
d = sys.argv[1]
for name in os.listdir(d):
    data = open(os.path.join(d, name), "rb").read()
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") and data.endswith(b"IEND\xaeB`\x82")):
        sys.exit(f"{name}: not a complete PNG ({len(data)} bytes)")
PY
}

hidden() {
	find run -name '.out.tmp.*'
}

rm -rf run && mkdir run
FAULT_DIR=$scratch/run FAULT_COUNT=$scratch/count LD_PRELOAD=$shim batch >/dev/null 2>&1 ||
	{ echo "the counting run failed"; exit 1; }
# At least: the hidden directory made and moved into place, and each code
# created and written.
read_count count $((2 * codes + 2)) "calls that change a file"
failed=0
for how in EIO KILL; do
	n=0
	while [ "$n" -lt "$points" ]; do
		rm -rf run && mkdir run
		status=0
		FAULT_DIR=$scratch/run FAULT_AFTER=$n FAULT_ERRNO=$how LD_PRELOAD=$shim batch \
			>/dev/null 2>&1 || status=$?
		what="$how before call $n"
		if [ "$how" = KILL ] && [ "$status" != 137 ]; then
			echo "$what: exit $status, expected 137 (SIGKILL)"
			failed=1
		elif [ "$how" = EIO ] && { [ "$status" = 0 ] || [ "$status" -ge 128 ]; }; then
			echo "$what: exit $status, expected a failure"
			failed=1
		fi
		complete || { echo "after $what"; failed=1; }
		if [ "$how" = EIO ] && [ -n "$(hidden)" ]; then
			echo "after $what: left behind: $(hidden)"
			failed=1
		fi
		# The next run: every code, nothing hidden.
		if [ ! -e run/out ]; then
			batch >/dev/null 2>&1 || { echo "after $what: the next run failed"; failed=1; }
			[ "$(ls run/out | wc -l)" = "$codes" ] || { echo "after $what: $(ls run/out | wc -l) codes"; failed=1; }
			[ -z "$(hidden)" ] || { echo "after $what, next run: left behind: $(hidden)"; failed=1; }
		fi
		n=$((n + 1))
	done
done
echo "$points points, failed and killed: $( [ $failed = 0 ] && echo survived || echo FAILED )"
exit $failed
