# A manifest read back is checked as strictly as a build writes it: a hand
# edit cannot make resolve answer with a link holding a control character
# or a password, an id outside the spec's grammar, a number not in E.164, or
# two placements under one link; a byte order mark, a NUL byte or UTF-16 is
# named for what it is. Each is exit 1 with the placement located.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --ledger l.ledger --format none --now 2026-11-25 --quiet >/dev/null
m=out/manifest.json
try() { # FILTER: jq edits the manifest; resolve finds a number in it, or refuses it
	jq "$1" $m >edited.json
	status=0
	"$CAMPAIGN" resolve edited.json '84951234504' >/dev/null || status=$?
	echo "exit $status"
}
try '.placements[0].url |= sub("moscow"; "mos\u0085cow")'
try '.placements[1].url |= sub("https://"; "https://user:pw@")'
try '.placements[2].id = "../etc"'
try '.placements[2].phone = "8 495 123-45-03"'
try '.placements[3].hashtag = "#Митинг\u202eЗа"'
try '.placements[4].url = .placements[5].url'
try '.placements[0].phone_display = "+7 (495)\u200f 123-45-01"'
try '.placements[0].url = 5'
# The untouched manifest still answers.
"$CAMPAIGN" resolve $m '84951234504' | cut -f1
printf '\357\273\277' | cat - $m >bom.json
"$CAMPAIGN" resolve bom.json '#x' || echo "exit $?"
head -c 200 $m >nul.json
printf '\0' >>nul.json
tail -c +201 $m >>nul.json
"$CAMPAIGN" resolve nul.json '#x' || echo "exit $?"
iconv -f utf-8 -t utf-16 $m >utf16.json
"$CAMPAIGN" resolve utf16.json '#x' || echo "exit $?"
