# Shared by the fault tests (sourced): CAMPAIGN and SHIM as absolute paths,
# $here this directory, and a fresh scratch directory to work in, removed
# at exit.
#   . scratch.sh CAMPAIGN SHIM
set -u
# Only the tests' own fonts (tests/fonts.conf.in): meson test sets this.
[ -n "${FONTCONFIG_FILE:-}" ] || { echo "FONTCONFIG_FILE is not set: run this through meson test, or under meson devenv -C BUILD_DIR"; exit 2; }
# meson passes paths relative to the build directory; we cd away from it.
campaign=$(realpath "$1") || exit 99
shim=$(realpath "$2") || { echo "no shim at $2"; exit 99; }
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch" || exit 99
# A shim preloaded before the ASan runtime is fine here: it only wraps libc.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"

# Sets $points to the number of calls a counting run of the shim wrote into
# FILE (FAULT_COUNT), and ends the test when it is not a plausible count. A
# shim that did not load writes no count; one that counted nothing, or
# missed calls, would make the loop over the points run that few times and
# the test pass having tested nothing. AT_LEAST is the fewest calls the run
# can have made, from what it wrote.
#   read_count FILE AT_LEAST WHAT
read_count() {
	if [ ! -s "$1" ]; then
		echo "no count of $3: the shim ($shim) did not load, or did not count"
		exit 1
	fi
	points=$(cat "$1")
	case $points in
	'' | *[!0-9]*) echo "the count of $3 is '$points', not a number"; exit 1 ;;
	esac
	if [ "$points" -lt "$2" ]; then
		echo "only $points $3 counted, where the run must have made at least $2: the shim missed some"
		exit 1
	fi
}
