#!/bin/sh
# One short libFuzzer run of one target, as CI makes on every change (suite
# 'fuzz-short'; tests/run runs it in its clang configuration).
#
#   run_short.sh TARGET_FUZZER NAME [SECONDS]
#
# Starts from the seed corpus tests/fuzz/corpora/NAME (so every seed is
# replayed first) with NAME.dict when there is one, for a fixed number of
# runs (below) but at most SECONDS (default $FUZZ_SECONDS, else 30). New inputs go to a scratch corpus, never into the
# source tree. Fails on any crash, sanitizer report, leak, timeout or broken
# invariant, printing the report and the input (base64) and keeping the
# input in fuzz-artifacts/NAME/ under the working directory, to reproduce
# with `TARGET_FUZZER FILE` or NAME_fuzzer_replay FILE.
set -u
# Only the tests' own fonts (tests/fonts.conf.in): meson test sets this.
[ -n "${FONTCONFIG_FILE:-}" ] || { echo "FONTCONFIG_FILE is not set: run this through meson test, or under meson devenv -C BUILD_DIR"; exit 2; }
exe=$1
name=$2
seconds=${3:-${FUZZ_SECONDS:-30}}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus" "$work/artifacts"
# A fixed seed (FUZZ_SEED, default 1) and a fixed number of runs: CI
# replays the same mutations of the same corpus every time, so a red run
# means the change, not the dice or the machine's speed (a time limit alone
# let a faster CI machine go further and find a new bug on an unchanged
# tree). The counts take about 8 s a target here, two targets at a time;
# SECONDS only caps a slow machine. New ground is the long runs' job
# (run_long.sh, random seeds); FUZZ_RUNS=0 means no count, time alone.
case $name in
spec) runs=20000 ;;
template) runs=12000 ;;
csv | utm) runs=120000 ;;
phone | resolve) runs=600000 ;;
hashtag | ledger) runs=240000 ;;
build) runs=8000 ;;
qr) runs=1500 ;;
artwork) runs=40000 ;;
report) runs=10000 ;;
# A new target without its own count still runs a fixed number.
*) runs=10000 ;;
esac
runs=${FUZZ_RUNS:-$runs}
seeds=$(ls "$here/corpora/$name" 2>/dev/null | wc -l)
[ "$seeds" -gt 0 ] || { echo "$name: no seed in tests/fuzz/corpora/$name"; exit 1; }
set -- -max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 -print_final_stats=1 \
	-seed="${FUZZ_SEED:-1}" -artifact_prefix="$work/artifacts/"
[ "$runs" -gt 0 ] && set -- "$@" -runs="$runs"
# The build target reads specs too.
dict=$here/$name.dict
[ "$name" = build ] && dict=$here/spec.dict
[ -f "$dict" ] && set -- "$@" -dict="$dict"
LSAN_OPTIONS=${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$here/lsan.supp \
	"$exe" "$@" "$work/corpus" "$here/corpora/$name" >"$work/log" 2>&1
status=$?
# The closing statistics: runs, coverage, features.
grep -E '^stat::(number_of_executed_units|peak_rss_mb|new_units_added)' "$work/log"
grep -E '^#[0-9]+' "$work/log" | tail -1
found=$(ls "$work/artifacts")
# At least every seed once: a run that executed fewer tested less than the corpus.
executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log")
if [ "$status" -eq 0 ] && [ -z "$found" ] && [ "${executed:-0}" -lt "$seeds" ]; then
	echo "$name: ${executed:-no} inputs executed, fewer than the $seeds seeds"
	exit 1
fi
if [ "$status" -eq 0 ] && [ -z "$found" ]; then
	exit 0
fi
echo "$name: libFuzzer exited with $status"
grep -n -m1 -A60 -E '^==[0-9]+==|invariant broken|ERROR: libFuzzer' "$work/log" | head -80 ||
	tail -30 "$work/log"
mkdir -p "fuzz-artifacts/$name"
for f in $found; do
	cp "$work/artifacts/$f" "fuzz-artifacts/$name/$f"
	echo "input $f (kept in $(pwd)/fuzz-artifacts/$name/$f), base64:"
	base64 -w 0 "$work/artifacts/$f"
	echo
done
exit 1
