# With --output-profile, RGB colours are converted to CMYK through it (no RGB
# operator is left in the page), black stays K alone, and the PDF carries the
# profile as its output intent. The profile is ghostscript's PostScript CMYK
# one (libgs-common, installed with ghostscript by .ci/install-deps).
icc=/usr/share/color/icc/ghostscript/ps_cmyk.icc
set -- --now 2026-12-01 --set event.title="Rally" --set event.date=2026-12-05 --set event.time=12:00 \
	--set event.venue="Park" --set url=https://example.org/r --set phone="+7 (495) 123-45-01" --set hashtag="#Rally"
"$CAMPAIGN" render flyer-a6 "$@" --output-profile "$icc" -o f.pdf
qpdf --check f.pdf >/dev/null
qpdf --qdf --object-streams=disable f.pdf q.pdf
grep -a -c ' rg$\| RG$\| rg \| RG ' q.pdf || true
grep -a -E '/S /GTS_PDFX|/OutputConditionIdentifier|/Info \(Artifex|/N 4' q.pdf | sed 's/^ *//'
# The profile's bytes are the output intent's, unchanged.
python3 - "$icc" <<'PY'
import re, sys
q = open("q.pdf", "rb").read()
icc = open(sys.argv[1], "rb").read()
print("profile embedded as given:", icc in q)
PY
grep -a -o '^0 0 0 1 [kK]' q.pdf | sort | uniq -c
pdftoppm -r 150 -png f.pdf page
zbarimg -q --raw page-1.png 2>/dev/null
# A PNG stays RGB whatever the profile.
"$CAMPAIGN" render flyer-a6 "$@" --output-profile "$icc" -o f.png --dpi 72
od -An -tu1 -j25 -N1 f.png | tr -d ' '
