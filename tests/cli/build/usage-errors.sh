# Bad command lines are usage errors (exit 2) naming the option and the
# help to read, before anything is read or written.
cp -r examples/rally spec
try() {
	status=0
	"$CAMPAIGN" build "$@" || status=$?
	echo "exit $status"
}
try
try spec/campaign.yaml other.yaml
try spec/campaign.yaml -o
try spec/campaign.yaml --dpi 0
try spec/campaign.yaml --dpi 300x
try spec/campaign.yaml --dpi 99999999999999999999
try spec/campaign.yaml --format pdf,gif
try spec/campaign.yaml --format ''
try spec/campaign.yaml --only ''
try spec/campaign.yaml --only ,,
try spec/campaign.yaml --reissue ''
try spec/campaign.yaml --reissue , --only flyer-gate-a
try spec/campaign.yaml --jobs -1
try spec/campaign.yaml --shard 3/2
try spec/campaign.yaml --shard 0/2
try spec/campaign.yaml --shard x
try spec/campaign.yaml --png-compression best
try spec/campaign.yaml --ouput out
try spec/campaign.yaml -x
test ! -e out && test ! -e spec/campaign.ledger
