# An export saved as UTF-16 or UTF-32 (Excel's "Unicode text", some
# telephony providers') is refused at its first line with the encoding
# named and how to convert it, in either byte order, with a byte order mark
# or told by its NUL bytes; never read as garbage. The same file converted
# back with the command the message gives is read.

try() { # OPTION FILE
	status=0
	"$CAMPAIGN" report examples/rally/campaign.yaml --"$1" "$2" >/dev/null 2>err.txt || status=$?
	cat err.txt
	echo "exit $status"
}
for encoding in UTF-16LE UTF-16BE UTF-32LE; do
	# The calls start with a UTF-8 byte order mark: iconv carries it over.
	iconv -f UTF-8 -t $encoding data/report/calls-semicolon-bom-crlf.csv >calls-$encoding.csv
	try calls calls-$encoding.csv
done
for encoding in UTF-16LE UTF-16BE UTF-32LE UTF-32BE; do
	# No mark: the NUL bytes of the ASCII header tell.
	iconv -f UTF-8 -t $encoding data/report/posts.csv >posts-$encoding.csv
	od -A n -t x1 -N 4 posts-$encoding.csv
	try posts posts-$encoding.csv
done
iconv -f UTF-16BE -t UTF-8 posts-UTF-16BE.csv >NEW.csv
cmp NEW.csv data/report/posts.csv && echo "converted back: the same bytes"
try posts NEW.csv
