#!/bin/sh
# Imposition benchmark (issue 17): 1,000 A6 flyers imposed 4-up on A4 for an
# office printer (campaign build --combine --office --sheet A4 --grid 2x2:
# 250 sheets) against the same flyers with --combine alone (1,000 pages),
# and for a print shop 4-up on SRA3 with bleed and cut marks,
# both in one hyperfine run, alternating, on one machine; the goal is a
# ratio of at most 1.2. Both write the combined PDF only (--format none).
#
#   tests/bench/impose/run.sh [BUILD_DIR] [WORK_DIR]
#
# Prints a Markdown table of medians (RUNS runs each, default 5) and the
# ratio. Needs hyperfine, python3, pdfinfo.
set -eu
top=$(cd "$(dirname "$0")/../../.." && pwd)
here=$top/tests/bench/impose
build=$(cd "${1:-$top/build}" && pwd)
work=${2:-$(mktemp -d /tmp/campaign-bench-impose.XXXXXX)}
mkdir -p "$work"
work=$(cd "$work" && pwd)
campaign=$build/cli/campaign
runs=${RUNS:-5}
n=${FLYERS:-1000}
for tool in hyperfine python3 pdfinfo; do
	command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 3; }
done
cd "$work"
# The flyer benchmark's rows and spec, drawn with the A6 card instead.
python3 "$top/tests/bench/flyers/make_spec.py" "$work" "$n"
cp "$here/bench-a6.yaml" .
sed -i 's/template: bench-flyer.yaml/template: bench-a6.yaml/' "bench-$n.yaml"
common="build bench-$n.yaml --now 2026-11-25 --format none --quiet -j 2"
hyperfine --runs "$runs" --export-json impose.json \
	--prepare "rm -rf out-c out-i out-s bench-$n.ledger" \
	-n combine "$campaign $common -o out-c --combine combined.pdf" \
	-n impose "$campaign $common -o out-i --combine imposed.pdf --office --sheet A4 --grid 2x2" \
	-n shop "$campaign $common -o out-s --combine shop.pdf --sheet SRA3" >/dev/null
pages_c=$(pdfinfo combined.pdf | awk '/^Pages/ {print $2}')
pages_i=$(pdfinfo imposed.pdf | awk '/^Pages/ {print $2}')
pages_s=$(pdfinfo shop.pdf | awk '/^Pages/ {print $2}')
python3 - impose.json "$n" "$pages_c" "$pages_i" "$pages_s" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
c, i, s = r["combine"]["median"], r["impose"]["median"], r["shop"]["median"]
n, pc, pi, ps = sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
print(f"| {n} A6 flyers | median (s) | pages |")
print("|---|---|---|")
print(f"| `--combine` | {c:.2f} | {pc} |")
print(f"| `--combine --office --sheet A4 --grid 2x2` | {i:.2f} | {pi} |")
print(f"| `--combine --sheet SRA3` (print shop: bleed, cut marks) | {s:.2f} | {ps} |")
print(f"\nimposed / combined: {i / c:.2f} office, {s / c:.2f} print shop (goal: at most 1.2)")
PY
