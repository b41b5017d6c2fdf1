# A landing that would print what it must not is refused, exit 1, nothing on
# stdout: a user name and password (anyone who sees the paper reads them),
# the "trusted-name@other-host" trick, %00 and other escaped controls, a C1
# control, port 0, and an invisible character in the host (named by code
# point; IDNA would drop it, so the printed host would differ from the
# written one). A URL quoted in the message shows '?' for an invisible
# character, so a right-to-left override cannot turn the line around.
try() {
	status=0
	"$CAMPAIGN" utm "$1" --source flyer --medium print --campaign rally || status=$?
	echo "exit $status"
}
try 'https://user:secret@example.org/rally'
try 'https://trusted.example.org@example.net/'
try 'https://example.org/rally%00.html'
try 'https://example.org/?q=%C2%85'
try "https://example.org/$(printf '\302\205')"
try 'https://example.org:0/'
try 'https://example.org:00/'
try "https://exa$(printf '\342\200\213')mple.org/"
try 'https://exa%E2%80%8Bmple.org/'
try "https://pay$(printf '\302\255')pal.com/"
try "https://$(printf '\342\200\256')gro.elpmaxe/"
try "https://apple$(printf '\357\270\217').com/"
