# A render that fails leaves an existing file as it was, and no temp file.
echo "old flyer" > out.pdf
cp data/templates/bad/text-overflow.yaml t.yaml
"$CAMPAIGN" render t.yaml --set event.title="A long title that cannot fit in a small box at all" \
	--set url=https://example.org -o out.pdf 2>/dev/null && exit 1
cat out.pdf
ls -A
