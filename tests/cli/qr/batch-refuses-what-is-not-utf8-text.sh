# A NUL in a line, a list saved as UTF-16 or UTF-32 (its byte order mark) and
# bytes that are not UTF-8 are refused at FILE:LINE:COL, exit 1, and nothing
# is written: such lists were encoded as garbage before.
mkdir work && cd work
printf 'https://example.org/\0x\n' > nul.txt
printf '\377\376h\000t\000\n\000' > utf16le.txt
printf '\376\377\000h\000t' > utf16be.txt
printf '\377\376\000\000h\000\000\000' > utf32le.txt
printf 'https://example.org/ok\nhttps://example.org/caf\351\n' > latin1.txt
for list in nul.txt utf16le.txt utf16be.txt utf32le.txt latin1.txt; do
	status=0
	"$CAMPAIGN" qr --batch $list -o codes || status=$?
	echo "$list: exit $status"
done
ls -A
