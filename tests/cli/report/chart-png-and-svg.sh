# The report drawn as a chart, checked with other tools: pngcheck reads the
# PNG (1200 pixels wide, one row of bars per placement with a response),
# xmllint the SVG, rsvg-convert draws it, and the SVG's fills say which
# bars have which parts of a response (each colour once in the legend, then
# once per bar with that part); a placement that cost something and brought
# nothing keeps its row, with an empty bar (the example has costs). A name that is neither .png nor .svg is a usage error;
# a directory in the chart's place is refused; a link is replaced, its
# target never written.
"$CAMPAIGN" build examples/rally/campaign.yaml --format none -o out >/dev/null 2>&1
set -- examples/rally/campaign.yaml --access-log data/report/access.log \
	--calls data/report/calls-semicolon-bom-crlf.csv --posts data/report/posts.csv
"$CAMPAIGN" report "$@" --chart chart.png >/dev/null 2>&1
"$CAMPAIGN" report "$@" --chart chart.svg >/dev/null 2>&1
pngcheck -q chart.png && echo "pngcheck: ok"
python3 -c "
import struct
head = open('chart.png', 'rb').read(24)
w, h = struct.unpack('>II', head[16:24])
print('png', w, 'x', h)"
xmllint --noout chart.svg && echo "xmllint: ok"
rsvg-convert chart.svg -o svg.png && pngcheck -q svg.png && echo "rsvg-convert: ok"
for part in "visits 17%,42%,69%" "calls 87%,42%,13%" "posts 22%,63%,41%"; do
	set -- $part
	echo "$1: $(($(grep -o "fill:rgb($2)" chart.svg | wc -l) - 1)) bars"
done
try() {
	status=0
	"$CAMPAIGN" report examples/rally/campaign.yaml --calls data/report/calls-semicolon-bom-crlf.csv \
		--chart "$1" >/dev/null 2>err.txt || status=$?
	grep -v '^campaign report: data/' err.txt || true
	echo "exit $status"
}
try chart.jpg
mkdir dir.png
try dir.png
# Checked before the traces are read: a missing folder, not after the work.
try nowhere/chart.png
ln -s /dev/null link.svg
try link.svg
test -c /dev/null && test -f link.svg && echo "/dev/null is still a device; link.svg a file"
