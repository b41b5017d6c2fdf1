# resolve reads a spec or a manifest.json; given a ledger, a registry or
# manifest.csv (files a build writes, easy to reach for), it says what the
# file is and what to give instead, exit 1: it said "'the spec' must be a
# mapping", as if the file were a broken spec. A manifest CSV is known by
# its header too, whatever its name.
mkdir work && cd work
printf 'campaign: {name: R, landing: "https://example.org/"}\nevents: [{id: e, title: T, date: 2027-01-05}]\nplacements: [{id: p, event: e, source: s, medium: m}]\n' >s.yaml
"$CAMPAIGN" build s.yaml -o out -q --format none >/dev/null
cp out/manifest.csv manifest.txt
printf '# libcampaign registry 1\n' > shared.registry
for source in $(ls *.ledger) out/manifest.csv manifest.txt shared.registry; do
	status=0
	"$CAMPAIGN" resolve "$source" '#R' || status=$?
	echo "$source: exit $status"
done
"$CAMPAIGN" resolve out/manifest.json 'https://example.org/?utm_source=s&utm_medium=m&utm_campaign=r'
