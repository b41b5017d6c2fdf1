# A file the tool writes is never put in the place of a FIFO (for a device
# it is the same rule: as root, --combine /dev/null would have deleted the
# device) or a directory: refused (exit 3) saying what it is, before
# anything is written (no ledger, no output directory), and it is still
# there after. A symbolic link is replaced, never followed: its target is
# not created (symlinked-files-are-replaced-not-followed.sh has the rest).
mkfifo fifo.pdf
ln -s target.pdf link.pdf
mkdir dir.pdf
try() {
	status=0
	"$@" >/dev/null || status=$?
	echo "exit $status"
}
for dest in fifo.pdf dir.pdf link.pdf; do
	try "$CAMPAIGN" build examples/rally/campaign.yaml -o out --format pdf --combine "$dest" --quiet
done
rm -rf out examples/rally/campaign.ledger
mkdir out
mkfifo out/manifest.json
try "$CAMPAIGN" build examples/rally/campaign.yaml -o out --format none
ln -s target.png code.png
try "$CAMPAIGN" qr -o code.png https://example.org/x
try "$CAMPAIGN" render flyer-a6 --lang en --now 2026-12-01 --set event.title=Rally \
	--set event.date=2026-12-05 --set event.time=12:00 --set event.venue=Park \
	--set url=https://example.org/r --set phone="+1 (212) 555-0100" --set hashtag="#Rally" \
	-o link.pdf
test ! -e target.pdf && test ! -e target.png && echo "no link was followed"
ls -F . out examples/rally
