#!/bin/sh
# abi_check.sh BUILD_DIR SOURCE_DIR [--update]
#
# The ABI of libcampaign.so against the last release, with libabigail's
# abidiff (abigail-tools from Debian). The baseline of release TAG is
# tests/build/abi/libcampaign-TAG.abi, written by abidw at the release with
# --update. An incompatible change (a function removed or its type changed,
# a struct grown that is not versioned...) fails; compatible additions are
# printed. Until the first release is tagged there is no baseline: the
# script then checks that abidw and abidiff work on this build (the library
# against its own dump), so the check is ready for the first tag.
set -eu
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
lib="$build/lib/libcampaign.so"
headers="$src/include/campaign"
work=$(mktemp -d "${TMPDIR:-/tmp}/campaign-abi.XXXXXX")
trap 'rm -rf "$work"' EXIT
command -v abidw >/dev/null || { echo "abi_check: abidw not found (apt-get install abigail-tools)" >&2; exit 1; }

# Only what the public headers declare is ABI; internal types are not.
abidw --headers-dir "$headers" --headers-dir "$build/include/campaign" \
  --out-file "$work/current.abi" "$lib"

tag=$(git -C "$src" describe --tags --abbrev=0 2>/dev/null || true)
if [ "${3:-}" = --update ]; then
  [ -n "$tag" ] || { echo "abi_check: --update needs a release tag" >&2; exit 1; }
  mkdir -p "$src/tests/build/abi"
  cp "$work/current.abi" "$src/tests/build/abi/libcampaign-$tag.abi"
  echo "baseline written: tests/build/abi/libcampaign-$tag.abi"
  exit 0
fi
if [ -z "$tag" ]; then
  rc=0
  abidiff "$work/current.abi" "$lib" --headers-dir2 "$headers" >"$work/self.txt" 2>&1 || rc=$?
  [ "$rc" -eq 0 ] || { cat "$work/self.txt"; echo "abi_check: the library differs from its own dump" >&2; exit 1; }
  echo "no release tagged yet: no baseline to compare; abidw and abidiff work on this build"
  exit 0
fi
baseline="$src/tests/build/abi/libcampaign-$tag.abi"
[ -f "$baseline" ] || {
  echo "abi_check: release $tag has no baseline; at the release, run tests/build/abi_check.sh BUILD SRC --update" >&2
  exit 1
}
rc=0
abidiff "$baseline" "$work/current.abi" >"$work/diff.txt" 2>&1 || rc=$?
cat "$work/diff.txt"
# abidiff's status is a bit mask: 4 an ABI change, 8 an incompatible one.
if [ $((rc & 8)) -ne 0 ] || [ $((rc & 3)) -ne 0 ]; then
  echo "abi_check: incompatible ABI change since $tag (bump lt_current and set lt_age = 0 in meson.build)" >&2
  exit 1
fi
[ "$rc" -eq 0 ] && echo "ABI unchanged since $tag" || echo "compatible ABI additions since $tag"
