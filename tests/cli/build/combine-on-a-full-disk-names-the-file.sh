# A --combine set on a full disk (a tmpfs of 40 KB, in a mount namespace of
# its own so that nothing stays mounted) is an error that names the file a
# user looks for, not "the PDF", and the set there before stays: qpdf's own
# file output lost the failed write, leaving the set cut short at 40 KB with
# exit 0. With room, the same build writes a whole set.
cp -r examples/rally spec
mkdir full
status=0
unshare --mount sh -c '
	mount -t tmpfs -o size=40k tmpfs full && echo "the set of last week" >full/set.pdf &&
	"$CAMPAIGN" build spec/campaign.yaml -o out --format pdf --now 2026-11-25 --quiet \
		--combine full/set.pdf >/dev/null 2>err
	status=$?
	echo "exit $status"
	echo "full/set.pdf: $(cat full/set.pdf)"
	ls -a full | grep -v "^\.\.*$" | grep -v "^set.pdf$" || echo "no temp file left"' || status=$?
sed "s|$PWD/||g" err
"$CAMPAIGN" build spec/campaign.yaml -o out --format pdf --now 2026-11-25 --quiet --combine set.pdf >/dev/null
qpdf --check set.pdf | grep -o '^No syntax or stream encoding errors found'
pdfinfo set.pdf | grep '^Pages'
