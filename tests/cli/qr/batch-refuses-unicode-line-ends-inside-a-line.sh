# A list whose lines are separated by NEL, U+2028 or U+2029 (a word
# processor's or another system's line ends) is refused at the character,
# exit 1, nothing written: the list's lines end at LF, CRLF or CR, so two
# URLs would have been one code with an invisible character in its data.
printf 'https://example.org/1\302\205https://example.org/2\n' >nel.txt
printf 'https://example.org/1\342\200\250https://example.org/2\n' >ls.txt
printf 'https://example.org/1\nhttps://example.org/2\342\200\251\n' >ps.txt
for list in nel.txt ls.txt ps.txt; do
	status=0
	"$CAMPAIGN" qr --batch $list -o codes || status=$?
	echo "$list: exit $status"
done
test ! -e codes && echo "nothing written"
