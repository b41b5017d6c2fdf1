#!/bin/sh
# Flyer benchmark (issue 6): the same flyers made by campaign and by the tools
# users would pick instead, in one run on one machine, as ratios.
#
#   1. 1,000 (and 5,000) A5 flyers into one PDF: campaign build --combine
#      against glabels-3-batch with its CSV merge (tests/bench/data/flyer.glabels);
#   2. the same 1,000 flyers as 300 dpi PNG files: campaign -j 1 and -j 2
#      against a plain cairo loop saving with cairo_surface_write_to_png
#      (naive_png.c), the naive reference, also the "libpng default" size;
#   3. peak memory of campaign build at 100, 1,000 and 10,000 flyers.
# (1,000 QR PNGs against zint and qrencode: tests/bench/qr/run.sh.)
#
#   tests/bench/flyers/run.sh [BUILD_DIR] [WORK_DIR]
#
# Prints a Markdown table (medians of RUNS runs, default 3; SLOW_RUNS for the
# slow workloads: the 5,000-page PDFs and the PNGs, default 1). PDF_ONLY=1
# runs only the PDF workload (1). PNG_FLYERS
# (default 1000) sets the size of the PNG workload: the naive loop alone
# takes minutes. MEMORY_ONLY=1 runs only the memory workload (3). Needs
# hyperfine, glabels, /usr/bin/time.
set -eu
top=$(cd "$(dirname "$0")/../../.." && pwd)
here=$top/tests/bench/flyers
build=$(cd "${1:-$top/build}" && pwd)
work=${2:-$(mktemp -d /tmp/campaign-bench-flyers.XXXXXX)}
mkdir -p "$work"
work=$(cd "$work" && pwd)
campaign=$build/cli/campaign
runs=${RUNS:-3}
slow_runs=${SLOW_RUNS:-1}
shared=$top/tests/bench/data
tools="hyperfine glabels-3-batch /usr/bin/time cc python3 pdfinfo"
[ -n "${MEMORY_ONLY:-}" ] && tools="/usr/bin/time cc python3"
for tool in $tools; do
	command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 3; }
done
[ -x "$campaign" ] || { echo "no campaign binary in $build" >&2; exit 3; }
cd "$work"
png_flyers=${PNG_FLYERS:-1000}
for n in 100 1000 5000 10000 "$png_flyers"; do python3 "$here/make_spec.py" "$work" "$n"; done
for n in 1000 5000; do sed "s/flyers.csv/glabels-$n.csv/" "$shared/flyer.glabels" > "flyer-$n.glabels"; done
cc -O2 -o naive_png "$here/naive_png.c" $(pkg-config --cflags --libs pangocairo libqrencode)
now=2026-11-25

median() { # hyperfine json -> median seconds
	python3 -c 'import json,sys; print("%.2f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$1"
}
peak_kb() { # command... -> peak RSS in KB
	/usr/bin/time -f %M -o peak.txt "$@" >/dev/null 2>&1
	cat peak.txt
}

# 1. PDF sets. gLabels grows superlinearly (2.9 GB at 2,000 pages, 15 GB
# and still going after 5 minutes at 5,000 here): each of its runs is timed
# and measured in one go, and stopped after GLABELS_TIMEOUT seconds
# (default 300), which the table then shows as a lower bound.
glabels_timeout=${GLABELS_TIMEOUT:-300}
glabels_runs() { # n runs -> "median_seconds peak_kb timed_out"
	n=$1
	i=0
	: >"g-times-$n"
	out=0
	while [ "$i" -lt "$2" ]; do
		start=$(date +%s.%N)
		status=0
		/usr/bin/time -f %M -o peak.txt timeout "$glabels_timeout" \
			glabels-3-batch -i "glabels-$n.csv" -o "glabels-$n.pdf" "flyer-$n.glabels" >/dev/null 2>&1 || status=$?
		echo "$start $(date +%s.%N)" | awk '{print $2 - $1}' >>"g-times-$n"
		[ "$status" = 124 ] && out=1
		i=$((i + 1))
	done
	echo "$(sort -n "g-times-$n" | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]}') $(tail -1 peak.txt) $out"
}
pdf_row() { # n runs
	n=$1
	runs=$2
	hyperfine -N -r "$runs" --export-json "c-pdf-$n.json" --prepare "rm -rf out-pdf-$n bench-$n.ledger" \
		"$campaign build bench-$n.yaml -o out-pdf-$n --format none --combine set-$n.pdf --quiet --now $now" >/dev/null
	c=$(median "c-pdf-$n.json")
	cm=$(peak_kb sh -c "rm -rf out-pdf-$n bench-$n.ledger; $campaign build bench-$n.yaml -o out-pdf-$n --format none --combine set-$n.pdf --quiet --now $now")
	set -- $(glabels_runs "$n" "$runs")
	g=$1 gm=$2 g_out=$3
	cs=$(stat -c %s "set-$n.pdf")
	cp=$(pdfinfo "set-$n.pdf" | awk '/^Pages/ {print $2}')
	printf '| %s-page PDF | campaign --combine | %s s | %s MB | %.2f KB/page |\n' "$n" "$c" $((cm / 1024)) "$(echo "$cs $cp" | awk '{print $1/$2/1000}')"
	if [ "$g_out" = 1 ]; then
		printf '| | glabels-3-batch | stopped after %s s | > %s MB | (unfinished) |\n' "$glabels_timeout" $((gm / 1024))
		printf '| | **ratio** | **more than %.0fx faster** | | |\n' "$(echo "$glabels_timeout $c" | awk '{print $1/$2}')"
	else
		gs=$(stat -c %s "glabels-$n.pdf")
		gp=$(pdfinfo "glabels-$n.pdf" | awk '/^Pages/ {print $2}')
		printf '| | glabels-3-batch | %s s | %s MB | %.2f KB/page |\n' "$g" $((gm / 1024)) "$(echo "$gs $gp" | awk '{print $1/$2/1000}')"
		printf '| | **ratio** | **%.1fx faster** | | |\n' "$(echo "$g $c" | awk '{print $1/$2}')"
	fi
}

echo "| workload | tool | median | peak memory | output |"
echo "|---|---|---:|---:|---:|"
# SKIP_PDF=1 runs only the PNG and memory workloads (the PDF rows take the
# longest, gLabels at 5,000 pages most of all).
if [ -z "${SKIP_PDF:-}" ] && [ -z "${MEMORY_ONLY:-}" ]; then
	pdf_row 1000 "$runs"
	pdf_row 5000 "$slow_runs"
fi

# 2. PNG flyers at 300 dpi.
if [ -z "${MEMORY_ONLY:-}" ] && [ -z "${PDF_ONLY:-}" ]; then
p=$png_flyers
hyperfine -N -r "$slow_runs" --export-json c-png-1.json --prepare "rm -rf out-png1 bench-$p.ledger" \
	"$campaign build bench-$p.yaml -o out-png1 --format png --quiet --now $now -j 1" >/dev/null
hyperfine -N -r "$slow_runs" --export-json c-png-2.json --prepare "rm -rf out-png2 bench-$p.ledger" \
	"$campaign build bench-$p.yaml -o out-png2 --format png --quiet --now $now -j 2" >/dev/null
hyperfine -N -r "$slow_runs" --export-json c-png-fast.json --prepare "rm -rf out-pngf bench-$p.ledger" \
	"$campaign build bench-$p.yaml -o out-pngf --format png --png-compression fast --quiet --now $now -j 1" >/dev/null
# -N runs the prepare command without a shell too: no '&&' there.
hyperfine -N -r "$slow_runs" --export-json naive.json --prepare "sh -c 'rm -rf naive && mkdir naive'" \
	"./naive_png glabels-$p.csv naive 300" >/dev/null
c1=$(median c-png-1.json); c2=$(median c-png-2.json); cf=$(median c-png-fast.json); nv=$(median naive.json)
s1=$(du -sb out-png1/flyers | cut -f1); sf=$(du -sb out-pngf/flyers | cut -f1); sn=$(du -sb naive | cut -f1)
printf '| %s PNG at 300 dpi | campaign -j 1 | %s s | | %s MB |\n' "$p" "$c1" $((s1 / 1000000))
printf '| | campaign -j 2 | %s s | | |\n' "$c2"
printf '| | campaign -j 1 --png-compression fast | %s s | | %s MB |\n' "$cf" $((sf / 1000000))
printf '| | cairo_surface_write_to_png loop | %s s | | %s MB |\n' "$nv" $((sn / 1000000))
printf '| | **ratios** | **-j 1: %.1fx faster than the loop (fast: %.1fx); -j 2: %.2fx -j 1** | | **%.2fx the size (fast: %.2fx)** |\n' \
	"$(echo "$nv $c1" | awk '{print $1/$2}')" "$(echo "$nv $cf" | awk '{print $1/$2}')" \
	"$(echo "$c1 $c2" | awk '{print $1/$2}')" "$(echo "$s1 $sn" | awk '{print $1/$2}')" \
	"$(echo "$sf $sn" | awk '{print $1/$2}')"
fi

# 3. Peak memory against the number of flyers (flyer PDFs, proof sheet, QR codes).
# The goal is the ratio to 100 flyers (1.2x at 10,000); a rebuild reads the
# ledger the first build wrote.
[ -n "${PDF_ONLY:-}" ] && { echo; echo "work directory: $work"; exit 0; }
for n in 100 1000 10000; do
	m=$(peak_kb sh -c "rm -rf out-mem-$n bench-$n.ledger; $campaign build bench-$n.yaml -o out-mem-$n --format pdf,qr --quiet --now $now -j 2")
	[ "$n" = 100 ] && m100=$m
	printf '| build of %s flyers (PDF + QR, -j 2) | campaign | | %.1f MB (%.2fx 100) | |\n' "$n" \
		"$(echo "$m" | awk '{print $1/1024}')" "$(echo "$m $m100" | awk '{print $1/$2}')"
done
m=$(peak_kb "$campaign" build bench-10000.yaml -o out-mem-10000 --format pdf,qr --quiet --now $now -j 2)
printf '| rebuild of 10000 flyers (the ledger read) | campaign | | %.1f MB (%.2fx 100) | |\n' \
	"$(echo "$m" | awk '{print $1/1024}')" "$(echo "$m $m100" | awk '{print $1/$2}')"
echo
echo "work directory: $work"
