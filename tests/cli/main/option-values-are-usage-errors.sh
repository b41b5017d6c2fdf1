# An option value the command line cannot take (out of the range the help
# states, or malformed) is a usage error, exit 2, in every command: once
# --dpi 0 was exit 2 in build but exit 1 in render and qr. Nothing is written,
# and a length too large for a number is "too large", not "no length".
mkdir work && cd work
printf 'campaign: {name: R, landing: "https://example.org/"}\nevents: [{id: e, title: T, date: 2026-12-05}]\nplacements: [{id: p, event: e, source: s, medium: m}]\n' >s.yaml
for cmd in "build s.yaml -o out --dpi 0" "build s.yaml -o out -j 0" \
	"render flyer-a6 -o f.png --dpi 0" "render flyer-a6 -o f.png --dpi 1201" \
	"qr https://example.org/ -o q.png --dpi 0" "qr https://example.org/ -o q.png --dpi 2401" \
	"qr https://example.org/ -o q.png --border 65" "qr https://example.org/ -o q.png --min-version 41" \
	"qr https://example.org/ -o q.png --size 0mm" "qr https://example.org/ -o q.png --distance -1mm" "qr https://example.org/ -o q.png --distance 1e308mm" \
	"qr https://example.org/ -o q.png --size 1e9mm" "qr https://example.org/ -o q.png --size 1e400mm" \
	"qr --batch s.yaml -o dir --jobs 0"; do
	status=0
	# shellcheck disable=SC2086
	"$CAMPAIGN" $cmd 2>../err || status=$?
	grep error: ../err >&2
	echo "$status  campaign $cmd"
done
rm ../err
ls -A
