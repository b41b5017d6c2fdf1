# An empty path names no file: every option that takes a file or a
# directory refuses '' as a usage error (exit 2) naming the option, instead
# of failing later as a missing file (exit 3, "<nothing>: error: cannot
# read ''") or writing somewhere else; so does a spec or template argument.
try() {
	status=0
	"$CAMPAIGN" "$@" || status=$?
	echo "$1 $2: exit $status"
}
try build examples/rally/campaign.yaml -o ''
try build examples/rally/campaign.yaml --output= --now 2026-11-25
try build examples/rally/campaign.yaml --ledger ''
try build examples/rally/campaign.yaml --registry ''
try build examples/rally/campaign.yaml --combine ''
try validate examples/rally/campaign.yaml --ledger ''
try phones examples/rally/campaign.yaml --registry ''
try qr https://example.org/ -o ''
try qr --batch '' -o out
try render flyer-a6 -o ''
try hashtag Rally --taken ''
try resolve examples/rally/campaign.yaml '#Rally' --registry ''
try build '' -o out
try validate ''
try phones ''
try resolve '' '#Rally'
try render '' -o out.pdf
ls
