#!/bin/sh
# One case of the bad-template corpus: `campaign render NAME.yaml` with a
# full set of values must exit with NAME.exit (default 1), print exactly
# NAME.stderr, and write no file.
#   run_bad_template.sh CAMPAIGN DIR NAME.yaml [--set-exact-output]
set -u
# Only the tests' own fonts (tests/fonts.conf.in): meson test sets this.
[ -n "${FONTCONFIG_FILE:-}" ] || { echo "FONTCONFIG_FILE is not set: run this through meson test, or under meson devenv -C BUILD_DIR"; exit 2; }
campaign=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$2" || exit 99
name=${3%.yaml}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$campaign" render "$3" -o "$scratch/out.pdf" --now 2026-12-01 \
	--set event.title="Rally for a living wage" --set event.date=2026-12-05 \
	--set event.time=12:00 --set event.venue="Gorky Park" \
	--set url="https://example.org/rally?utm_source=flyer&utm_medium=print&utm_campaign=rally_2026" \
	--set phone="+7 (495) 123-45-01" --set hashtag="#LivingWage" \
	2>"$scratch/stderr" >/dev/null
status=$?
if [ "${4:-}" = "--set-exact-output" ]; then
	cp "$scratch/stderr" "$name.stderr"
fi
want=1
[ -f "$name.exit" ] && want=$(cat "$name.exit")
failed=0
if [ "$status" != "$want" ]; then
	echo "exit status $status, expected $want"
	failed=1
fi
if ! cmp -s "$scratch/stderr" "$name.stderr"; then
	echo "stderr differs from $name.stderr:"
	diff -u "$name.stderr" "$scratch/stderr" | head -40
	failed=1
fi
if [ -e "$scratch/out.pdf" ] || ls "$scratch"/.out.pdf.* >/dev/null 2>&1; then
	echo "a file was written for a bad template"
	failed=1
fi
exit $failed
