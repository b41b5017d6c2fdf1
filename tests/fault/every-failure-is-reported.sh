# Walks the error returns of the command line: every input each command
# reads (spec, rows table, taken list, ledger, manifest, template, image,
# batch list, the report's traces) is made to fail in turn, at its open
# (EACCES) and at each of its reads (EIO), and every file render, qr and
# report's chart write at each call that changes it (ENOSPC). Each run must exit 0, or fail with a diagnostic that
# says what (the system's reason) and where, never with an empty stderr, a
# crash, or the tool's last-resort "no reason was given" line.
#   every-failure-is-reported.sh CAMPAIGN SHIM
. "$(dirname "$0")/scratch.sh"
top=$(cd "$here/../.." && pwd)

# The inputs, in base/; each run works on a fresh copy in run/.
mkdir base
cp "$top/examples/rally/campaign.yaml" "$top/examples/rally/stations.csv" base/
sed 's/^  hashtag:$/  hashtag:\n    taken: taken.txt/' base/campaign.yaml >base/spec.yaml
rm base/campaign.yaml
grep -q 'taken: taken.txt' base/spec.yaml || { echo "the taken list was not added"; exit 1; }
printf '#SomethingElse\n' >base/taken.txt
cp "$top/tests/data/templates/good/contract-example.yaml" "$top/tests/data/templates/good/logo.png" base/
printf 'https://example.org/?n=%s\n' 1 2 3 >base/urls.txt
cp -r "$top/examples/rally/traces" base/
"$campaign" build base/spec.yaml -o base/out --format qr --now 2026-11-25 --quiet -j 1 >/dev/null ||
	{ echo "the base build failed"; exit 1; }

now="--now 2026-11-25"
# Each line: the fewest inputs the command must open (so a shim that
# counts nothing cannot pass), then the command line.
commands="4 validate run/spec.yaml $now
4 phones run/spec.yaml $now
4 build run/spec.yaml -o run/out --format qr $now --quiet -j 1
1 resolve run/out/manifest.json +74951234501
1 hashtag --taken run/taken.txt Rally
2 render run/contract-example.yaml -o run/flyer.pdf $now --set event.title=Rally --set event.date=2026-12-05 --set event.time=12:00 --set event.venue=Park --set url=https://example.org/ --set phone=+74951234501 --set hashtag=#Rally
1 qr --batch run/urls.txt -o run/codes -j 1
0 qr https://example.org/ -o run/qr.pdf
7 report run/spec.yaml --ledger run/spec.ledger --access-log run/traces/access.log --calls run/traces/calls.csv --posts run/traces/posts.csv --conversions run/traces/leads.csv --chart run/chart.png"

fresh() {
	rm -rf run
	cp -r base run
}

failed=0
runs=0
# One command with the shim failing call N of KIND with ERRNO (N empty: count them).
attempt() { # kind errno n args... (akind: sh has no locals, and the caller keeps its kind)
	akind=$1 err=$2 n=$3
	shift 3
	fresh
	status=0
	if [ -z "$n" ]; then
		rm -f count
		FAULT_DIR=$scratch/run FAULT_ONLY=$akind FAULT_COUNT=$scratch/count LD_PRELOAD=$shim \
			"$campaign" "$@" >/dev/null 2>run.err || status=$?
		return
	fi
	FAULT_DIR=$scratch/run FAULT_ONLY=$akind FAULT_AFTER=$n FAULT_ERRNO=$err LD_PRELOAD=$shim \
		"$campaign" "$@" >/dev/null 2>run.err || status=$?
	runs=$((runs + 1))
	case $err in
	EACCES) reason="Permission denied" ;;
	EIO) reason="Input/output error" ;;
	ENOSPC) reason="No space left on device" ;;
	esac
	what="campaign $1 with $akind $n failing ($err)"
	if [ "$status" -ge 128 ]; then
		echo "$what: killed by signal $((status - 128))"
		failed=1
	elif [ "$status" != 0 ] && ! grep -q ": error: .*$reason" run.err; then
		echo "$what: exit $status without an error that says '$reason':"
		head -5 run.err
		failed=1
	elif grep -q "no reason was given" run.err; then
		echo "$what: a failure nothing explained:"
		head -5 run.err
		failed=1
	fi
}

echo "$commands" | while IFS= read -r line; do
	# shellcheck disable=SC2086 # the words of the command line
	set -- $line
	least=$1
	shift
	for plan in open:EACCES input:EIO write:ENOSPC; do
		kind=${plan%:*} err=${plan#*:}
		# Writes: the commands that write a file of their own; build's are tests of their own.
		[ "$kind" = write ] && [ "$1" != render ] && [ "$1" != qr ] && [ "$1" != report ] && continue
		only=$kind
		[ "$kind" = write ] && only=
		attempt "$only" "$err" "" "$@"
		[ -s count ] || { echo "campaign $1: no count of $kind calls (the shim did not load?)"; exit 1; }
		points=$(cat count)
		if [ "$kind" != write ] && [ "$points" -lt "$least" ]; then
			echo "campaign $1: $points $kind calls, where it reads at least $least inputs: the shim missed some"
			exit 1
		fi
		if [ "$kind" = write ] && [ "$points" -lt 2 ]; then
			echo "campaign $1: $points calls that change a file: the shim missed its output"
			exit 1
		fi
		n=0
		while [ "$n" -lt "$points" ]; do
			attempt "$only" "$err" "$n" "$@"
			n=$((n + 1))
		done
		echo "campaign $1 $2 $3: $points ${kind:-write} calls failed in turn ($err)"
	done
	[ $failed = 0 ] || exit 1
done || failed=1
[ $failed = 0 ] && echo "every failure said what" || echo FAILED
exit $failed
