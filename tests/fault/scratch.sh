# Shared by the fault tests (sourced): CAMPAIGN and SHIM as absolute paths,
# $here this directory, and a fresh scratch directory to work in, removed
# at exit.
#   . scratch.sh CAMPAIGN SHIM
set -u
# meson passes paths relative to the build directory; we cd away from it.
campaign=$(realpath "$1")
shim=$(realpath "$2")
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch" || exit 99
# A shim preloaded before the ASan runtime is fine here: it only wraps libc.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
