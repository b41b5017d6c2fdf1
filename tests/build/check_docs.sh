#!/bin/sh
# check_docs.sh DOXYGEN DOXYFILE
#
# Generates the API reference as -Ddocs=true does and fails on the warnings
# that mean a reader of the reference is misled: a public function without
# documentation, or a @param naming a parameter the function does not have.
# Other warnings (an undocumented struct member or macro) are printed and
# counted, so they stay visible without failing the build.
set -eu
log=$(mktemp "${TMPDIR:-/tmp}/campaign-docs.XXXXXX")
trap 'rm -f "$log"' EXIT
"$1" "$2" 2>"$log" || { cat "$log"; echo "check_docs: doxygen failed" >&2; exit 1; }
bad=$(grep -cE '\(function\)|of command @param is not found|parameter .* not found' "$log" || true)
other=$(grep -c 'warning:' "$log" || true)
grep 'warning:' "$log" || true
echo "API reference generated: $bad errors (undocumented functions, wrong @param), $((other - bad)) other warnings"
[ "$bad" -eq 0 ]
