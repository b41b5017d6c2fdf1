#!/bin/sh
# One case of the bad-spec corpus: `campaign validate NAME.yaml` must exit
# with NAME.exit (default 1) and print exactly NAME.stderr.
#   run_bad_spec.sh CAMPAIGN DIR NAME.yaml
set -u
# Only the tests' own fonts (tests/fonts.conf.in): meson test sets this.
[ -n "${FONTCONFIG_FILE:-}" ] || { echo "FONTCONFIG_FILE is not set: run this through meson test, or under meson devenv -C BUILD_DIR"; exit 2; }
# A fixed clock, before the corpus's event dates: the output must not depend
# on the day the tests run (an event that has passed draws a warning).
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795564800} # 2026-11-25
export SOURCE_DATE_EPOCH
campaign=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$2" || exit 99
name=${3%.yaml}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$campaign" validate "$3" 2>"$out" >/dev/null
status=$?
want=1
[ -f "$name.exit" ] && want=$(cat "$name.exit")
failed=0
if [ "$status" != "$want" ]; then
	echo "exit status $status, expected $want"
	failed=1
fi
if ! cmp -s "$out" "$name.stderr"; then
	echo "stderr differs from $name.stderr:"
	diff -u "$name.stderr" "$out" | head -40
	failed=1
fi
exit $failed
