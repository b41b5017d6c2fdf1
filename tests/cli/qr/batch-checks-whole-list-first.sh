# Every line is checked (and encoded) before the first file is written: an
# empty line or a payload too long for a code at line 3 leaves an existing
# directory as it was, not with codes 0001 and 0002 written into it.
mkdir codes && : > codes/keep.txt
printf '%s\n' https://example.org/1 https://example.org/2 "" > empty.txt
long=$(head -c 3000 /dev/zero | tr '\0' a)
printf '%s\n' https://example.org/1 https://example.org/2 "https://example.org/$long" > long.txt
for list in empty.txt long.txt; do
	status=0
	"$CAMPAIGN" qr --batch $list -o codes || status=$?
	echo "$list: exit $status"
	ls -A codes
done
