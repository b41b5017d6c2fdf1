#!/bin/sh
# install_check.sh BUILD_DIR SOURCE_DIR
#
# What a program linking libcampaign sees: `meson install --destdir` into a
# scratch directory must put the library, headers, pkg-config file, CLI,
# templates and man pages in place; then each examples/api/*.c is compiled
# with -Wall -Wextra -Werror -pedantic and the flags of
# `pkg-config --cflags --libs libcampaign` from the staged prefix alone (the
# .pc file's prefix rewritten to it; the source tree is never on the include
# path), run with LD_LIBRARY_PATH on the staged library, and its output
# checked with independent tools (zbarimg, pdfinfo, pdftotext).
set -eu
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
stage=$(mktemp -d "${TMPDIR:-/tmp}/campaign-install.XXXXXX")
trap 'rm -rf "$stage"' EXIT
fail() {
  echo "install_check: $*" >&2
  exit 1
}

meson install -C "$build" --destdir "$stage/root" --no-rebuild >"$stage/install.log" 2>&1 ||
  { cat "$stage/install.log"; fail "meson install failed"; }

pc=$(find "$stage/root" -name libcampaign.pc | head -n 1)
[ -n "$pc" ] || fail "no libcampaign.pc installed"
prefix=$(sed -n 's/^prefix=//p' "$pc")
root="$stage/root$prefix"
libdir=$(dirname "$(dirname "$pc")")
for f in include/campaign/campaign.h include/campaign/version.h include/campaign/qr_cairo.h \
  include/campaign/render_cairo.h bin/campaign share/libcampaign/templates/flyer-a5.yaml \
  share/man/man1/campaign.1 share/man/man5/campaign-spec.5 share/man/man5/campaign-template.5; do
  [ -e "$root/$f" ] || fail "not installed: $prefix/$f"
done
soname=$(objdump -p "$libdir/libcampaign.so" | sed -n 's/^ *SONAME *//p')
[ -e "$libdir/$soname" ] || fail "no $soname in $libdir"
echo "installed: $soname, headers, libcampaign.pc, campaign, templates, man pages"
for page in "$root"/share/man/man1/campaign.1 "$root"/share/man/man5/*.5; do
  ! grep -q '@[A-Z]*@' "$page" || fail "$page has an unfilled @VARIABLE@"
  groff -man -ww -z "$page" 2>"$stage/groff.log" && [ ! -s "$stage/groff.log" ] ||
    { cat "$stage/groff.log"; fail "$page: groff warnings"; }
done
LD_LIBRARY_PATH="$libdir" "$root/bin/campaign" --version | grep -q "^campaign [0-9]" ||
  fail "the installed campaign does not run"

# The staged .pc, with its prefix moved to where it was staged.
mkdir "$stage/pkgconfig"
sed "s|^prefix=.*|prefix=$root|" "$pc" >"$stage/pkgconfig/libcampaign.pc"
export PKG_CONFIG_PATH="$stage/pkgconfig"
flags=$(pkg-config --cflags --libs libcampaign) || fail "pkg-config cannot read the staged .pc"
templates=$(pkg-config --variable=templatesdir libcampaign)
[ -f "$templates/flyer-a5.yaml" ] || fail "templatesdir=$templates has no flyer-a5.yaml"

# A sanitized build's library needs its runtime in the program too.
sanitize=$(meson introspect "$build" --buildoptions |
  python3 -c 'import json,sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "b_sanitize"))')
extra=""
[ "$sanitize" = none ] || extra="-fsanitize=$sanitize"

cc=${CC:-cc}
cxx=${CXX:-c++}
strict="-std=c11 -Wall -Wextra -Werror -pedantic"
strict_cxx="-std=c++11 -x c++ -Wall -Wextra -Werror -pedantic"
mkdir "$stage/bin" "$stage/out"
# Each example as printed: C11, and C++ (a C++ program includes the same headers).
for example in "$src"/examples/api/*.c; do
  name=$(basename "$example" .c)
  # shellcheck disable=SC2086
  "$cc" $strict $extra -o "$stage/bin/$name" "$example" $flags ||
    fail "$name does not compile against the installed headers"
  # shellcheck disable=SC2086
  "$cxx" $strict_cxx $extra -c -o "$stage/$name.o" "$example" $(pkg-config --cflags libcampaign) ||
    fail "$name does not compile as C++"
  LD_LIBRARY_PATH="$libdir" ldd "$stage/bin/$name" | grep libcampaign | grep -q "$stage" ||
    fail "$name is not linked to the staged libcampaign"
done
# The documentation's examples as printed (tests/build/snippets.py): README's
# programs are linked and run, the headers' examples compiled, C11 and C++.
python3 "$src/tests/build/snippets.py" "$stage/snippets" "$src/README.md" \
  "$src"/include/campaign/*.h >"$stage/snippets.txt" || fail "cannot extract the snippets"
while read -r kind file; do
  name=$(basename "$file" .c)
  if [ "$kind" = program ]; then
    # shellcheck disable=SC2086
    "$cc" $strict $extra -o "$stage/bin/$name" "$file" $flags ||
      fail "README's example $name does not compile as printed"
    (cd "$stage/out" && LD_LIBRARY_PATH="$libdir" "$stage/bin/$name" >"$stage/$name.out") ||
      fail "README's example $name does not run"
  else
    # shellcheck disable=SC2086
    "$cc" $strict $extra -c -o "$stage/$name.o" "$file" $(pkg-config --cflags libcampaign) ||
      fail "the example in $name.h does not compile as printed"
  fi
  # shellcheck disable=SC2086
  "$cxx" $strict_cxx $extra -c -o "$stage/$name.o" "$file" $(pkg-config --cflags libcampaign) ||
    fail "the example $name does not compile as C++"
done <"$stage/snippets.txt"
echo "documentation examples: $(wc -l <"$stage/snippets.txt") compiled as C11 and C++"
# The codecs the library was specified with do its work: they are its own dependencies.
deps=$(LD_LIBRARY_PATH="$libdir" ldd "$libdir/$soname")
for lib in libqrencode libpng libcairo libyaml; do
  echo "$deps" | grep -q "$lib" || fail "$soname does not link $lib"
done
run() {
  LD_LIBRARY_PATH="$libdir" "$stage/bin/$@"
}
decode() {
  zbarimg -q --raw "$1" 2>/dev/null
}

# 1. A tracked link and its QR code.
url=$(run link_and_qr 'https://union.example/join?ref=mail#top' 'Ivan Petrov 42' "$stage/out/link.png")
[ "$url" = 'https://union.example/join?ref=mail&utm_source=crm&utm_medium=email&utm_campaign=rally_2026&utm_content=ivan_petrov_42#top' ] ||
  fail "link_and_qr printed $url"
[ "$(decode "$stage/out/link.png")" = "$url" ] || fail "link.png does not decode to $url"
echo "link_and_qr: $url, and its PNG decodes to it"

# 2. A flyer from a spec built in code.
run flyer_from_code "$templates" "$stage/out/flyer.pdf" >"$stage/flyer.txt"
furl=$(sed -n 1p "$stage/flyer.txt")
phone=$(sed -n 2p "$stage/flyer.txt")
pdfinfo "$stage/out/flyer.pdf" >"$stage/pdfinfo.txt" || fail "flyer.pdf is not a PDF"
grep -q '^Pages: *1$' "$stage/pdfinfo.txt" || fail "flyer.pdf has not one page"
# A5 is 419.53 x 595.276 pt; the page adds 3 mm bleed and 8 mm for marks on each side.
grep -q '^Page size: *481.89 x 657.638 pts' "$stage/pdfinfo.txt" || fail "flyer.pdf page: $(grep 'Page size' "$stage/pdfinfo.txt")"
pdftotext "$stage/out/flyer.pdf" - | tr '\n' ' ' >"$stage/flyer-text.txt"
for text in "Rally for a living" "5 December 2026" "$phone" "Union Square, New York"; do
  grep -qF "$text" "$stage/flyer-text.txt" || fail "flyer.pdf lacks '$text'"
done
pdftoppm -r 300 -png -singlefile "$stage/out/flyer.pdf" "$stage/out/flyer"
[ "$(decode "$stage/out/flyer.png")" = "$furl" ] || fail "the flyer's QR code does not decode to $furl"
echo "flyer_from_code: one A5 page with bleed and marks, the number $phone, a QR code of $furl"

# 3. A batch from a CSV file.
mkdir "$stage/out/batch"
run batch_from_csv "$src/examples/api/contacts.csv" "$stage/out/batch" >"$stage/batch.txt"
rows=$(($(wc -l <"$src/examples/api/contacts.csv") - 1))
[ "$(wc -l <"$stage/batch.txt")" -eq "$rows" ] || fail "batch_from_csv printed $(wc -l <"$stage/batch.txt") lines for $rows rows"
while IFS=, read -r id burl; do
  [ "$(decode "$stage/out/batch/$id.png")" = "$burl" ] || fail "batch/$id.png does not decode to $burl"
done <"$stage/batch.txt"
echo "batch_from_csv: $rows codes, each decodes to its row's URL"
