# A bidi control (U+202E RIGHT-TO-LEFT OVERRIDE, U+2066 LEFT-TO-RIGHT
# ISOLATE) in a value used as given (--raw, --param) went into the link
# encoded, exit 0, and turned the value around wherever a report shows it
# decoded; a spec refuses it in any value. utm refuses it too, naming it.
# A direction mark (U+200F) is not a control and stays, encoded.
try() {
	status=0
	"$CAMPAIGN" utm https://example.org/ --source flyer --medium print --campaign rally "$@" || status=$?
	echo "exit $status"
}
try --raw --content "$(printf 'gate\342\200\256a')"
try --param "$(printf 'ref=\342\200\256x')"
try --param "$(printf '\342\201\246ref=x')"
try --raw --content "$(printf 'gate\342\200\217a')"
