#!/bin/sh
# Report benchmark (issue 19): `campaign report` over 1,000,000 access-log
# lines and 100,000 calls of a 1,000-placement campaign, beside a short
# Python script with the standard library doing less of the same counting
# (python_counts.py). Goal: the report in at most 3 s on 2 cores, memory
# growing with placements and callers, not with lines (compare the peak at
# a tenth of the lines). Wall time and peak RSS, one run each.
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
cd "$work"
rm -f big.ledger tenth/big.ledger
SOURCE_DATE_EPOCH=1795996800 "$campaign" build big.yaml --format none -o out >/dev/null 2>&1
SOURCE_DATE_EPOCH=1795996800 "$campaign" build tenth/big.yaml --format none -o tenth/out >/dev/null 2>&1
measure() { # LABEL COMMAND...: prints "LABEL  S s  M MB"
	label=$1
	shift
	/usr/bin/time -f '%e %M' -o time.txt "$@" >/dev/null 2>err.txt || { cat err.txt >&2; exit 1; }
	read -r secs kb <time.txt
	printf '%-52s %8s s %8d MB\n' "$label" "$secs" $((kb / 1024))
	echo "$secs" >"$label.secs"
}
measure "campaign report (1,000,000 lines, 100,000 calls)" \
	"$campaign" report big.yaml --access-log access.log --calls calls.csv --format csv
measure "campaign report (a tenth of it)" \
	"$campaign" report tenth/big.yaml --access-log tenth/access.log --calls tenth/calls.csv --format csv
measure "python3 csv + re (1,000,000 lines, 100,000 calls)" \
	python3 "$here/python_counts.py" access.log calls.csv
ours=$(cat "campaign report (1,000,000 lines, 100,000 calls).secs")
theirs=$(cat "python3 csv + re (1,000,000 lines, 100,000 calls).secs")
python3 -c "import sys; o, t = float(sys.argv[1]), float(sys.argv[2]); print(f'ratio: python / campaign = {t / o:.1f}x; goal: campaign at most 3 s: {\"met\" if o <= 3 else \"NOT met\"}')" "$ours" "$theirs"
