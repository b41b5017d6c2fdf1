# An empty file given as the registry (made with touch to start one that
# campaigns will share) is read as a new registry, with a note, and the
# build writes it; a CSV table or other text is said not to be a registry,
# with what one looks like (exit 1, nothing written), not called damaged.
: >empty.registry
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --registry empty.registry --format none --quiet
head -n 1 empty.registry
grep -c '^phone	' empty.registry
printf 'kind,value,campaign\nphone,+74951234501,rally\n' >numbers.csv
printf 'numbers we use\n+74951234501\n' >numbers.txt
for f in numbers.csv numbers.txt; do
	status=0
	"$CAMPAIGN" build examples/rally/campaign.yaml -o out2 --registry "$f" --format none --quiet || status=$?
	echo "exit $status"
done
test ! -e out2
: >new.registry
"$CAMPAIGN" resolve --registry new.registry '+74951234501' || echo "exit $?"
