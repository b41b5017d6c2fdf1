# A list without line ends, such as /dev/zero on standard input, is refused
# at its first NUL byte as it is read (exit 1, at LINE:COL), not read whole
# into memory up to the list limit (it took 277 MB and ended in exit 3). A
# NUL further on stops the reading at its own line and column. Nothing is
# written, and the timeout fails the case on a hang.
mkdir work && cd work
status=0
timeout 10 "$CAMPAIGN" qr --batch - -o codes < /dev/zero || status=$?
echo "zeros: exit $status"
printf 'https://example.org/1\nhttps://example.org/2\r\nab\0cd\n' > nul-at-line-3.txt
head -c 1000000 /dev/zero >> nul-at-line-3.txt
status=0
timeout 10 "$CAMPAIGN" qr --batch - -o codes < nul-at-line-3.txt || status=$?
echo "nul at line 3: exit $status"
ls -A
