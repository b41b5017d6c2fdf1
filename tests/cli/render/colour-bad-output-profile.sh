# A file that is no ICC profile, an RGB profile, a display profile and a cut
# one are refused before anything is written, each saying what is wrong.
dir=/usr/share/color/icc/ghostscript
set -- --now 2026-12-01 --set url=https://example.org/r
echo "not a profile" > text.icc
head -c 600 "$dir/ps_cmyk.icc" > cut.icc
cp "$dir/srgb.icc" rgb.icc
for p in text.icc rgb.icc cut.icc missing.icc; do
	"$CAMPAIGN" render flyer-a6 "$@" --output-profile "$p" -o "$p.pdf" || echo "exit $?"
	ls "$p.pdf" 2>/dev/null || true
done
