# 50,000 events of one placement each, tagged per event, planned against a
# ledger that issued every one a tag: each keeps its own, and planning stays
# linear (a scan of the events per placement and of the ledger per event
# made this 96 s; it takes about 2).
python3 "$TESTS/cli/helpers/make_many_events.py" days 50000
timeout 60 "$CAMPAIGN" build days/campaign.yaml -o out --dry-run --now 2026-11-25 >plan.tsv
awk -F '\t' '$3 != "#Kept" substr($1, 7) + 0 { print "not the ledger tag: " $0; bad = 1 }
	END { print NR " placements"; exit bad }' plan.tsv
# The same ledger written before the events were renamed in case: no event
# of the spec is its owner any more, but each placement keeps the tag
# printed for it (once each got a new one, and its paper's tag resolved to
# nothing), still linearly (finding an id that matches only ignoring case
# once fell back to a scan).
sed 's/\tday-/\tDAY-/' days/campaign.ledger >renamed.ledger && mv renamed.ledger days/campaign.ledger
timeout 60 "$CAMPAIGN" build days/campaign.yaml -o out --dry-run --now 2026-11-25 >plan.tsv 2>err
awk -F '\t' '$3 != "#Kept" substr($1, 7) + 0 { print "not the printed tag: " $0; bad = 1 }
	END { print NR " placements keep their printed tags"; exit bad }' plan.tsv
cut -d: -f4- err
