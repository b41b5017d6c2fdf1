# A post counts for a hashtag as the networks read one: '#' at the start or
# after a space or punctuation, or the fullwidth '＃' a CJK keyboard types;
# never inside a word, a link or an HTML entity, where no network makes a
# tag of it. One post a line, each line's count of the event's tag printed.
tag='#МитингЗаДостойнуюЗарплату'
body=${tag#\#}
for text in "$tag" "Все на $tag!" "(${tag})" "＃$body" "x$tag" "https://t.me/$tag" "&$tag" "${tag}2026"; do
	printf 'time,text\n2027-11-27T10:00:00Z,"%s"\n' "$text" >post.csv
	printf '%s\t' "$text"
	"$CAMPAIGN" report examples/rally/campaign.yaml --posts post.csv --format csv 2>/dev/null |
		grep '^event-tag,' | cut -d, -f13
done
# A post of a million '#' and one tag at its end: each sign found in one
# pass, not by searching the rest of the post again for the other kind of
# sign (that took 32 s; a timeout fails the case rather than hanging CI).
python3 -c "import sys; sys.stdout.write('time,text\n2027-11-27T10:00:00Z,\"' + '#' * 1000000 + ' $tag\"\n')" >many.csv
printf 'a million signs\t'
timeout 20 "$CAMPAIGN" report examples/rally/campaign.yaml --posts many.csv --format csv 2>/dev/null |
	grep '^event-tag,' | cut -d, -f13
