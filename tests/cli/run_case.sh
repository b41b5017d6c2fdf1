#!/bin/sh
# Runs one command line test case, zstd cli-tests style.
#
#   run_case.sh CAMPAIGN CASE.sh [--set-exact-output]
#
# CASE.sh runs with `sh -eu` in a fresh scratch directory that holds
# data -> tests/data (a link) and examples/ (a copy of the shipped examples
# without the ledgers and locks a local build may have left beside them), so
# messages name stable relative paths and a case may build an example in place. $CAMPAIGN is the tool under test. Beside CASE.sh:
#   CASE.sh.exit            the expected exit status (default 0)
#   CASE.sh.stdout.exact    stdout, byte for byte   (or .stdout.glob: a shell pattern)
#   CASE.sh.stderr.exact    stderr, byte for byte   (or .stderr.glob)
# Both streams must have one: a stream no file describes would go unchecked.
# A case that exits non-zero must print something on stderr, whatever its
# expectation files say: no failure may be silent.
# With --set-exact-output the .exact files are (re)written from this run.
set -u
# Only the tests' own fonts (tests/fonts.conf.in): meson test sets this.
[ -n "${FONTCONFIG_FILE:-}" ] || { echo "FONTCONFIG_FILE is not set: run this through meson test, or under meson devenv -C BUILD_DIR"; exit 2; }
# A fixed clock for cases that set none (--now wins): an event that has passed
# draws a warning, and the output must not depend on the day the tests run.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795564800} # 2026-11-25
export SOURCE_DATE_EPOCH
campaign=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
case_file=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
set_exact=${3:-}
tests_dir=$(cd "$(dirname "$0")/.." && pwd)
top=$(cd "$tests_dir/.." && pwd)

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
ln -s "$tests_dir/data" "$scratch/data"
cp -r "$top/examples" "$scratch/examples"
find "$scratch/examples" \( -name '*.ledger' -o -name '*.lock' \) -exec rm -f {} +

(cd "$scratch" && CAMPAIGN="$campaign" TESTS="$tests_dir" sh -eu "$case_file") \
	>"$scratch/.stdout" 2>"$scratch/.stderr" </dev/null
status=$?

failed=0
want_status=0
[ -f "$case_file.exit" ] && want_status=$(cat "$case_file.exit")
if [ "$status" != "$want_status" ]; then
	echo "exit status $status, expected $want_status"
	failed=1
fi

compare() { # stream
	got="$scratch/.$1"
	if [ "$set_exact" = "--set-exact-output" ]; then
		cp "$got" "$case_file.$1.exact"
	elif [ -f "$case_file.$1.exact" ]; then
		if ! cmp -s "$got" "$case_file.$1.exact"; then
			echo "$1 differs from $(basename "$case_file").$1.exact:"
			diff -u "$case_file.$1.exact" "$got" | head -40
			failed=1
		fi
	elif [ -f "$case_file.$1.glob" ]; then
		pattern=$(cat "$case_file.$1.glob")
		content=$(cat "$got")
		# shellcheck disable=SC2254
		case "$content" in
		$pattern) ;;
		*) echo "$1 does not match $(basename "$case_file").$1.glob:"; head -40 "$got"; failed=1 ;;
		esac
	else
		echo "no $(basename "$case_file").$1.exact or .$1.glob: $1 would go unchecked"
		failed=1
	fi
}
compare stdout
compare stderr
# Every failure says what and where: a case that exits non-zero must have
# printed something on stderr, and never the tool's own last-resort line
# for a failure nothing explained (cli/diag_print.h, CLI_NO_REASON).
if [ "$status" != 0 ] && [ ! -s "$scratch/.stderr" ]; then
	echo "exit status $status with nothing on stderr: a failure must say what and where"
	failed=1
fi
if grep -q "no reason was given (a bug in campaign" "$scratch/.stderr"; then
	echo "a failure that no diagnostic explained:"
	grep "no reason was given" "$scratch/.stderr" | head -5
	failed=1
fi
if [ $failed -ne 0 ]; then
	echo "--- stderr was:"
	head -20 "$scratch/.stderr"
fi
exit $failed
