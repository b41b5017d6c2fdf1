# A line longer than any code can hold (7,089 characters; the limit is
# 8,192 bytes) stops the reading at FILE:LINE, exit 1, whatever follows it,
# so a file without line ends is not read whole. Lines are counted across
# LF, CRLF and CR ends; a line of 8,192 bytes is read and then refused by
# the encoder as too long for a code. Nothing is written.
mkdir work && cd work
printf 'https://example.org/1\r\nhttps://example.org/2\rhttps://example.org/3\n' > list.txt
head -c 8193 /dev/zero | tr '\0' 7 >> list.txt
printf '\nhttps://example.org/never-read\n' >> list.txt
head -c 8192 /dev/zero | tr '\0' 7 > at-limit.txt
head -c 100000 /dev/zero | tr '\0' a > no-line-end.txt
for list in list.txt at-limit.txt no-line-end.txt; do
	status=0
	timeout 10 "$CAMPAIGN" qr --batch $list -o codes || status=$?
	echo "$list: exit $status"
done
ls -A
