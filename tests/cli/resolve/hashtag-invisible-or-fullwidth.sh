# A hashtag query with a character that shows nothing in it (a copy from a
# web page may hold one), or typed in fullwidth or bold letters, finds the
# tag it looks like (issue 16).
cat > s.yaml <<'YAML'
campaign:
  name: "Test Rally"
  landing: https://example.org/rally
events:
  - {id: ev, title: "Big Rally", date: 2027-01-05}
placements:
  - {id: fl, event: ev, source: flyer, medium: print}
YAML
for tag in "$(printf '#Big\315\217Rally')" "$(printf '#Big\343\205\244Rally')" \
	"$(printf '#Big\341\240\213Rally')" '#ＢｉｇＲａｌｌｙ' '#𝐁𝐢𝐠𝐑𝐚𝐥𝐥𝐲'; do
	"$CAMPAIGN" resolve s.yaml --now 2026-11-25 "$tag" | cut -f1,4
done
