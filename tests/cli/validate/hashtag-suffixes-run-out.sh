# A table whose placements each get a hashtag of their own (scope:
# placement) from one text runs out of suffixes after _2 to _zzz (30,784
# tags). Each placement past that is an error at the hashtag's text, with
# its row, saying that every suffix is taken; it was an unlocated
# "no free suffix keeps it within 30 characters", repeated 1,000 times,
# which blamed a length that was never the problem.
{
	echo code
	seq 30786 | sed 's/^/r/'
} >rows.csv
cat >spec.yaml <<'YAML'
campaign:
  name: Rally
  landing: https://example.org/rally
  hashtag:
    from: "{{event.title}}"
    scope: placement
events:
  - id: e
    title: Rally
    date: 2026-12-05
placements:
  - id: "p-{{row.code}}"
    rows: rows.csv
    event: e
    source: flyer
    medium: print
    content: "{{row.code}}"
YAML
"$CAMPAIGN" validate spec.yaml --now 2026-11-25
