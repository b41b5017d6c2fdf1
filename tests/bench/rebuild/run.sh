#!/bin/sh
# Rebuild benchmark (issue 16, the output set switched as a whole): the
# example rally with N poster rows, QR codes only (--format qr: 2 N files
# and the manifests), built three ways into the same output directory:
#
#   1. the first build, into an empty directory;
#   2. a rebuild with nothing changed (every QR code the same bytes);
#   3. a rebuild with one placement reissued (its number changes; its code
#      does not, as the URL stays).
#
# Each: wall time and CPU time (user + system; less swayed by other load),
# the run of median wall time of RUNS runs, and peak RSS. Give two binaries
# to compare them on the same input, one run after the other.
#
#   tests/bench/rebuild/run.sh WORK_DIR N RUNS CAMPAIGN [CAMPAIGN...]
#
# Needs /usr/bin/time and python3. Keep the machine otherwise idle.
set -eu
top=$(cd "$(dirname "$0")/../../.." && pwd)
work=$1 n=$2 runs=$3
shift 3
mkdir -p "$work"
work=$(cd "$work" && pwd)
python3 "$top/tests/cli/helpers/make_big_spec.py" "$top/examples/rally" "$work/spec" "$n"
# make_big_spec.py's pool runs out of digits near 10,000 rows: a pool of its own.
python3 - "$work/spec/campaign.yaml" "$n" <<'PY'
import re, sys
path, n = sys.argv[1], int(sys.argv[2])
spec = open(path, encoding="utf-8").read()
pool = "".join(f'      - "+7 4{95 + i // 100000:02d} {i // 100 % 1000:03d}-{i % 100:02d}-00"\n' for i in range(n + 20))
open(path, "w", encoding="utf-8").write(re.sub(r"    pool:\n(      - .*\n)+", "    pool:\n" + pool, spec))
PY
# One run of: build ARGS... ; prints "wall-seconds KB cpu-seconds".
timed() {
	/usr/bin/time -f '%e %M %U %S' -o "$work/time" "$campaign" build "$work/spec/campaign.yaml" \
		-o "$work/out" --ledger "$work/bench.ledger" --now 2026-11-25 --quiet --format qr -j 2 \
		"$@" >/dev/null
	awk '{ print $1, $2, $3 + $4 }' "$work/time"
}
median() {
	sort -n | awk '{ v[NR] = $1; m[NR] = $2; c[NR] = $3 }
		END { i = int((NR + 1) / 2); printf "%.2f s (CPU %.2f s), %d MB", v[i], c[i], m[i] / 1024 }'
}
echo "| binary | first build | rebuild, nothing changed | rebuild, one reissued |"
echo "|---|---|---|---|"
for campaign in "$@"; do
	first="" same="" one=""
	r=0
	while [ "$r" -lt "$runs" ]; do
		rm -rf "$work/out" "$work/bench.ledger"
		first="$first$(timed)
"
		same="$same$(timed)
"
		one="$one$(timed --reissue poster-st0001)
"
		r=$((r + 1))
	done
	printf '| %s | %s | %s | %s |\n' "$campaign" "$(printf '%s' "$first" | median)" \
		"$(printf '%s' "$same" | median)" "$(printf '%s' "$one" | median)"
done
