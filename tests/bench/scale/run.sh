#!/bin/sh
# Scale benchmark (issue 16): one campaign of N placements from one rows
# table (identifiers, ledger and manifest; no flyers, no QR codes), as an
# organizer with a big mailing or a city-wide poster run would have it.
#
#   1. the first build (every identifier issued, the ledger written);
#   2. a rebuild reading that ledger (nothing changes);
#   3. validate of the same spec and ledger;
#   4. resolve of one URL against the spec (and its ledger) and against the
#      manifest.json the build wrote;
#   5. 190,000 custom params: keys on one placement (every list of keys must
#      be linear);
#   6. a table of 1,000 columns (each cell's column is counted on from
#      the one before, not from the line's start);
#   7. 8,000 copies of one hashtag (placement scope over 8,000 rows, and
#      8,000 events with one title), validated: each copy gets the next
#      free suffix, which must not cost a search from _2 every time.
# Each: wall time, CPU time (user + system: what to compare on a shared
# machine) and peak RSS, one run (the workloads take seconds each), with
# the goal beside it. The goals (issue 16) are for N = 1,000,000 on 2
# cores: build under 10 s and 300 MB, rebuild as fast, resolve under 2 s.
#
#   tests/bench/scale/run.sh [BUILD_DIR] [WORK_DIR] [N]
#
# BUILD_DIR should be a release build (tests/bench/run.sh makes build-bench).
# Needs /usr/bin/time and python3. Keep the machine otherwise idle.
set -eu
top=$(cd "$(dirname "$0")/../../.." && pwd)
build=$(cd "${1:-$top/build-bench}" && pwd)
work=${2:-$(mktemp -d /tmp/campaign-bench-scale.XXXXXX)}
n=${3:-1000000}
mkdir -p "$work"
work=$(cd "$work" && pwd)
campaign=$build/cli/campaign
for tool in /usr/bin/time python3; do
	command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 3; }
done
[ -x "$campaign" ] || { echo "no campaign binary in $build" >&2; exit 3; }
cd "$work"
rm -rf out big.ledger params.ledger
python3 - "$n" <<'PY'
import sys
n = int(sys.argv[1])
with open("rows.csv", "w") as f:
    f.write("code,name\n")
    for i in range(n):
        f.write(f"p{i:07d},Stop {i}\n")
head = """campaign:
  name: Big
  landing: https://example.org/big
events:
  - id: e
    title: Big
    date: 2027-05-01
placements:
"""
with open("big.yaml", "w") as f:
    f.write(head + """  - id: "s-{{row.code}}"
    rows: rows.csv
    event: e
    source: flyer
    medium: print
    content: "{{row.name}}"
""")
with open("params.yaml", "w") as f:
    f.write(head.replace("name: Big", "name: Params") + """  - id: p
    event: e
    source: flyer
    medium: print
    params:
""" + "".join(f"      k{i}: v\n" for i in range(190000)))
tags = """campaign:
  name: Tags
  landing: https://example.org/tags
  hashtag: {from: "{{event.title}}", scope: %s}
events:
%s
placements:
%s"""
with open("wide.csv", "w") as f:
    f.write(",".join(f"c{i}" for i in range(1000)) + "\n")
    for r in range(4000):
        f.write(f"r{r}," + ",".join(f"v{r}é{i}" for i in range(1, 1000)) + "\n")
with open("wide.yaml", "w") as f:
    f.write(head.replace("name: Big", "name: Wide") + """  - id: "w-{{row.c0}}"
    rows: wide.csv
    event: e
    source: flyer
    medium: print
    content: "{{row.c999}}"
""")
with open("tags.csv", "w") as f:
    f.write("code\n" + "".join(f"t{i}\n" for i in range(8000)))
with open("tags-placement.yaml", "w") as f:
    f.write(tags % ("placement", "  - {id: e, title: Rally, date: 2027-05-01}",
                    '  - {id: "t-{{row.code}}", rows: tags.csv, event: e, source: s, medium: m, content: "{{row.code}}"}\n'))
with open("tags-event.yaml", "w") as f:
    f.write(tags % ("event", "".join(f"  - {{id: e{i}, title: Rally, date: 2027-05-01}}\n" for i in range(8000)).rstrip("\n"),
                    "".join(f"  - {{id: p{i}, event: e{i}, source: s, medium: m, content: c{i}}}\n" for i in range(8000))))
PY
export SOURCE_DATE_EPOCH=1795564800 # 2026-11-25
measure() { # label goal command...: one table row
	label=$1 goal=$2
	shift 2
	status=0
	/usr/bin/time -f "%e %U %S %M" -o measure.txt "$@" >/dev/null 2>measure.err || status=$?
	# GNU time puts "Command exited with non-zero status N" first when it fails.
	read -r secs user sys kb <<-END
	$(tail -n 1 measure.txt)
	END
	note=""
	[ "$status" -eq 0 ] || note=" (exit $status: $(head -c 120 measure.err | tr '\n' ' '))"
	cpu=$(echo "$user $sys" | awk '{ printf "%.2f", $1 + $2 }')
	printf '| %s | %s s | %s s | %s MB | %s |%s\n' "$label" "$secs" "$cpu" "$((kb / 1024))" "$goal" "$note"
}
url=$(python3 -c 'print("https://example.org/big?utm_source=flyer&utm_medium=print&utm_campaign=big&utm_content=stop_%d" % (int(__import__("sys").argv[1]) // 2))' "$n")
printf '%s placements from one table, one run each\n\n' "$n"
echo "| workload | wall | CPU | peak | goal at 1,000,000 |"
echo "|---|---:|---:|---:|---|"
measure "build (identifiers, ledger, manifest)" "10 s, 300 MB" "$campaign" build big.yaml -o out --format none --quiet
measure "rebuild (ledger read, nothing changes)" "as the build" "$campaign" build big.yaml -o out --format none --quiet
measure "validate" "-" "$campaign" validate big.yaml --quiet
measure "resolve from the spec and ledger" "2 s" "$campaign" resolve big.yaml "$url"
measure "resolve from manifest.json" "2 s" "$campaign" resolve out/manifest.json "$url"
# Refused (the URL would pass 16 KB), as it should be: what counts is how soon.
measure "validate, 190,000 params: keys (refused)" "linear" "$campaign" validate params.yaml --quiet
measure "validate, a table of 1,000 columns x 4,000 rows (42 MB)" "1 s (45 s before)" "$campaign" validate wide.yaml --quiet
measure "validate, one hashtag over 8,000 placements" "1 s (49 s before)" "$campaign" validate tags-placement.yaml --quiet
measure "validate, one hashtag over 8,000 events" "1 s (50 s before)" "$campaign" validate tags-event.yaml --quiet
