#!/bin/sh
# Report benchmark (issue 19): `campaign report` over 1,000,000 access-log
# lines, 100,000 calls and 10,000 conversions (each shared by seven
# attribution models) of a 1,000-placement campaign, beside a short
# Python script with the standard library doing less of the same counting
# (python_counts.py). Goal: the report in at most 3 s on 2 cores, memory
# growing with placements and callers, not with lines (compare the peak at
# a tenth of the lines). Then one person's path as long as a path can be
# (256 touches) shared by 100,000 conversions (make_long_path.py, issue 16):
# the cost of attribution alone, which must grow with the path's length,
# not its square. Wall time, CPU time and peak RSS, one run each.
#
#   tests/bench/report/run.sh [BUILD_DIR] [WORK_DIR] [LOG_LINES]
#
# BUILD_DIR should be a release build (tests/bench/run.sh makes build-bench).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
build=$(cd "${1:-$top/build-bench}" && pwd)
work=${2:-$(mktemp -d /tmp/campaign-bench-report.XXXXXX)}
lines=${3:-1000000}
mkdir -p "$work"
work=$(cd "$work" && pwd)
campaign=$build/cli/campaign
command -v /usr/bin/time >/dev/null || { echo "missing: /usr/bin/time" >&2; exit 3; }
python3 "$here/make_traces.py" "$work" 1000 "$lines" 100000
python3 "$here/make_traces.py" "$work/tenth" 1000 $((lines / 10)) 10000
python3 "$here/make_long_path.py" "$work/long" 300 256 100000
cd "$work"
rm -f big.ledger tenth/big.ledger
SOURCE_DATE_EPOCH=1795996800 "$campaign" build big.yaml --format none -o out >/dev/null 2>&1
SOURCE_DATE_EPOCH=1795996800 "$campaign" build tenth/big.yaml --format none -o tenth/out >/dev/null 2>&1
# Wall time, and CPU time (user + system): on a busy machine the wall time
# is mostly waiting for a core, and the CPU time is what an idle one takes.
measure() { # LABEL COMMAND...: prints "LABEL  WALL s  CPU s cpu  M MB"
	label=$1
	shift
	/usr/bin/time -f '%e %U %S %M' -o time.txt "$@" >/dev/null 2>err.txt || { cat err.txt >&2; exit 1; }
	read -r secs user sys kb <time.txt
	cpu=$(python3 -c "print(f'{$user + $sys:.2f}')")
	printf '%-60s %7s s %7s s cpu %6d MB\n' "$label" "$secs" "$cpu" $((kb / 1024))
	echo "$secs" >"$label.secs"
	echo "$cpu" >"$label.cpu"
}
measure "campaign report (1M lines, 100k calls, 10k conversions)" \
	"$campaign" report big.yaml --access-log access.log --calls calls.csv \
	--conversions conversions.csv --format csv
measure "campaign report (a tenth of each)" \
	"$campaign" report tenth/big.yaml --access-log tenth/access.log --calls tenth/calls.csv \
	--conversions tenth/conversions.csv --format csv
measure "campaign report (one person, 256 touches, 100k conversions)" \
	"$campaign" report long/big.yaml --calls long/calls.csv --conversions long/conversions.csv \
	--format csv
measure "python3 csv + re (1M lines, 100k calls, 10k conversions)" \
	python3 "$here/python_counts.py" access.log calls.csv conversions.csv
ours=$(cat "campaign report (1M lines, 100k calls, 10k conversions).secs")
theirs=$(cat "python3 csv + re (1M lines, 100k calls, 10k conversions).secs")
ours_cpu=$(cat "campaign report (1M lines, 100k calls, 10k conversions).cpu")
theirs_cpu=$(cat "python3 csv + re (1M lines, 100k calls, 10k conversions).cpu")
python3 -c "import sys; o, t, c, tc = map(float, sys.argv[1:]); print(f'ratio: python / campaign = {t / o:.1f}x wall, {tc / c:.1f}x cpu; goal: campaign at most 3 s: {\"met\" if o <= 3 else \"NOT met\"} ({o:.2f} s wall, {c:.2f} s cpu)')" "$ours" "$theirs" "$ours_cpu" "$theirs_cpu"
