#!/bin/sh
# Every benchmark in one command, on a fresh Debian 12 machine: installs the
# peers we compare against (zint, qrencode, gLabels, hyperfine, GNU time),
# makes a release build in build-bench/, and runs the QR benchmark
# (tests/bench/qr), the flyer benchmark (tests/bench/flyers) and the scale
# benchmark (tests/bench/scale) one after the other, each printing its
# Markdown table. Ratios are what to compare:
# every tool of a table runs in the same run on the same machine.
#
#   tests/bench/run.sh [WORK_DIR]
#
# Takes about 20 minutes on 2 cores. Keep the machine otherwise idle.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
work=${1:-$(mktemp -d /tmp/campaign-bench.XXXXXX)}
.ci/install-deps
missing=""
for p in zint qrencode glabels hyperfine time; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	# shellcheck disable=SC2086
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
[ -f build-bench/build.ninja ] || meson setup build-bench --buildtype=release >/dev/null
meson compile -C build-bench >/dev/null
mkdir -p "$work"
echo "# QR codes"
sh tests/bench/qr/run.sh build-bench "$work/qr"
echo
echo "# Flyers"
sh tests/bench/flyers/run.sh build-bench "$work/flyers"
echo
echo "# Imposition"
sh tests/bench/impose/run.sh build-bench "$work/impose"
echo
echo "# Scale"
sh tests/bench/scale/run.sh build-bench "$work/scale"
echo
echo "# Report"
sh tests/bench/report/run.sh build-bench "$work/report"
