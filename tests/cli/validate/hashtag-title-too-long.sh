# An event title over the hashtag builder's 4096 bytes (here 10,400) is
# refused with its length where the hashtag's text is set, not reported as
# "out of memory" with nothing said (exit 3 and an empty stderr, before).
title=$(printf 'Митинг %.0s' $(seq 800))
sed "s/^    title: \"Митинг за достойную зарплату\"/    title: \"$title\"/" \
	examples/rally/campaign.yaml >examples/rally/long.yaml
grep -q "$title" examples/rally/long.yaml
"$CAMPAIGN" validate examples/rally/long.yaml
