# --combine cannot name a file the build reads or owns: the spec and the
# ledger would be replaced by a PDF (the next build would find a damaged
# ledger), the output directory's manifest, proof or lock by the combined
# PDF. Each is refused before anything is written, however the path is
# spelled.
spec=examples/rally/campaign.yaml
"$CAMPAIGN" build "$spec" -o out --now 2026-11-25 --quiet --format pdf >/dev/null
cp examples/rally/campaign.ledger ledger.before
md5sum out/flyers/*.pdf out/manifest.json > files.before
for path in "$spec" examples/rally/campaign.ledger out out/manifest.json ./out/../out/proof.pdf \
	out/.campaign.lock out/flyers/flyer-depot.pdf; do
	status=0
	"$CAMPAIGN" build "$spec" -o out --now 2026-11-26 --quiet --format pdf --combine "$path" 2>&1 ||
		status=$?
	echo "exit $status"
done
cmp ledger.before examples/rally/campaign.ledger && echo "ledger unchanged"
head -c 8 "$spec"; echo
md5sum -c --quiet files.before && echo "flyers and manifest unchanged"
# Beside the build's files is a place of its own.
"$CAMPAIGN" build "$spec" -o out --now 2026-11-26 --quiet --format none --combine out/all.pdf >/dev/null
pdfinfo out/all.pdf | grep Pages
