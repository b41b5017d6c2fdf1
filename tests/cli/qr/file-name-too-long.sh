# A file name longer than the file system holds (255 bytes on Linux's) is
# said as such, before a temporary file is made: it was "cannot move the new file
# into place", after the work. 255 bytes is a name like any other.
long=$(printf 'a%.0s' $(seq 251))
status=0
"$CAMPAIGN" qr https://example.org/r -o "${long}a.png" || status=$?
echo "exit $status"
test -z "$(find . -maxdepth 1 -name "*aaaa*")"
"$CAMPAIGN" qr https://example.org/r -o "$long.png"
find . -maxdepth 1 -name "*aaaa*" | wc -l
