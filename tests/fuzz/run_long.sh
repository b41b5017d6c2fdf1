#!/bin/sh
# The long fuzz run made once per issue that touches a parser: every target
# for SECONDS (default 600), JOBS at a time (default 2, one per core), from
# the seed corpus, and a table of what each did.
#
#   tests/fuzz/run_long.sh BUILD_DIR OUT_DIR [SECONDS] [JOBS] [TARGET...]
#
# BUILD_DIR was configured with -Dfuzzing=true (see meson.build here). The
# binaries are copied to OUT_DIR/bin first, so rebuilding while this runs
# changes nothing. Per target, OUT_DIR/TARGET/ gets the grown corpus, the
# log and any crash, leak or timeout input. Run it in the background:
#   nohup tests/fuzz/run_long.sh build-fuzz /tmp/fuzz-long >/tmp/fuzz-long.txt 2>&1 &
# The table (OUT_DIR/summary.txt) has per target: executions, coverage
# (cov: edges, ft: features), corpus size, inputs that failed, seconds run.
set -u
build=$1
out=$2
seconds=${3:-600}
jobs=${4:-2}
shift 2
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
here=$(cd "$(dirname "$0")" && pwd)
targets=${*:-spec template csv utm phone hashtag resolve ledger build qr}
mkdir -p "$out/bin"
for t in $targets; do
	cp "$build/tests/fuzz/${t}_fuzzer" "$out/bin/" || exit 2
done

run_one() { # target
	t=$1 dir=$out/$1
	rm -rf "$dir"
	mkdir -p "$dir/corpus" "$dir/artifacts"
	dict=$here/$t.dict
	[ "$t" = build ] && dict=$here/spec.dict
	set -- -max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix="$dir/artifacts/"
	[ -f "$dict" ] && set -- "$@" -dict="$dict"
	start=$(date +%s)
	LSAN_OPTIONS=suppressions=$here/lsan.supp \
		"$out/bin/${t}_fuzzer" "$@" "$dir/corpus" "$here/corpora/$t" >"$dir/log" 2>&1
	echo $? >"$dir/status"
	echo $(($(date +%s) - start)) >"$dir/seconds"
}

# JOBS workers take the targets in turn.
worker() { # index
	i=0
	for t in $targets; do
		[ $((i % jobs)) -eq "$1" ] && run_one "$t"
		i=$((i + 1))
	done
}
w=0
while [ $w -lt "$jobs" ]; do
	worker $w &
	w=$((w + 1))
done
wait

{
	printf '%-9s %12s %7s %8s %7s %8s %7s\n' target executions cov ft corpus failures seconds
	for t in $targets; do
		dir=$out/$t
		runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log")
		last=$(grep -aE '^#[0-9]+' "$dir/log" | tail -1)
		cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
		ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
		corp=$(ls "$dir/corpus" | wc -l)
		fails=$(ls "$dir/artifacts" | wc -l)
		printf '%-9s %12s %7s %8s %7s %8s %7s\n' "$t" "${runs:-?}" "${cov:-?}" "${ft:-?}" \
			"$corp" "$fails" "$(cat "$dir/seconds")"
	done
} | tee "$out/summary.txt"
