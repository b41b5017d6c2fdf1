# --output-profile reaches every PDF a build writes for print: each flyer and
# the --combine set carry the output intent, have no RGB colour left and pass
# qpdf; the PNGs stay RGB, and so does proof.pdf, which is for approval (it
# skips the pass, whose memory grows with the file). Without a profile, the
# build says once that PDFs keep RGB.
icc=/usr/share/color/icc/ghostscript/ps_cmyk.icc
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --combine set.pdf \
	--output-profile "$icc" --format pdf,png >/dev/null
for f in out/flyers/*.pdf set.pdf; do
	qpdf --check "$f" >/dev/null
	qpdf --qdf --object-streams=disable "$f" q.pdf
	intent=$(grep -a -c '/S /GTS_PDFX' q.pdf || true)
	rgb=$(grep -a -c ' rg$\| RG$\| rg \| RG ' q.pdf || true)
	echo "$f: output intents $intent, RGB operators $rgb"
done
qpdf --check out/proof.pdf >/dev/null && qpdf --qdf --object-streams=disable out/proof.pdf q.pdf
echo "proof.pdf: output intents $(grep -a -c '/S /GTS_PDFX' q.pdf || true), RGB operators $(grep -a -c ' rg$\| rg ' q.pdf || true)"
pdftoppm -r 150 -png out/flyers/flyer-gate-a.pdf page
zbarimg -q --raw page-1.png 2>/dev/null
rm -rf out set.pdf
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --format pdf >/dev/null
