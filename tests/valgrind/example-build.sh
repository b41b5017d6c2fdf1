#!/bin/sh
# The shipped example built under valgrind's memcheck: no invalid read or
# write, no use of uninitialised memory, no leak of any kind (definite,
# indirect or possible; valgrind.supp says why its one entry is pango's and
# not ours), flyers as PDF and PNG, QR codes and the manifest included.
#
#   example-build.sh CAMPAIGN EXAMPLES_DIR
set -eu
# Only the tests' own fonts (tests/fonts.conf.in): meson test sets this.
[ -n "${FONTCONFIG_FILE:-}" ] || { echo "FONTCONFIG_FILE is not set: run this through meson test, or under meson devenv -C BUILD_DIR"; exit 2; }
campaign=$(realpath "$1")
examples=$(realpath "$2")
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r "$examples/rally" "$scratch/rally"
rm -f "$scratch"/rally/*.ledger "$scratch"/rally/*.lock
cd "$scratch"
status=0
valgrind --quiet --error-exitcode=99 --leak-check=full \
	--show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible \
	--track-origins=yes --suppressions="$here/valgrind.supp" \
	"$campaign" build rally/campaign.yaml -o out --now 2026-11-25 --quiet 2>memcheck.log || status=$?
if [ "$status" != 0 ]; then
	echo "campaign build under memcheck: exit $status"
	head -100 memcheck.log
	exit 1
fi
# It did the whole job: a valgrind run that stopped early proves nothing.
count=$(python3 -c 'import json; print(len(json.load(open("out/manifest.json"))["placements"]))')
pdfs=$(ls out/flyers/*.pdf | wc -l)
pngs=$(ls out/qr/*.png | wc -l)
[ "$count" -gt 0 ] && [ "$pdfs" -gt 0 ] && [ "$pngs" -gt 0 ] || {
	echo "the build under memcheck wrote too little: $count placements, $pdfs flyers, $pngs QR codes"
	exit 1
}
echo "memcheck clean: $count placements, $pdfs flyer PDFs, $pngs QR PNGs"
