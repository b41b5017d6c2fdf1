# Which suffix each copy of a tag gets is in every ledger, so it must never
# change. The expected output was made by the build before suffixes were
# remembered per text (issue 16): 500 placements whose tags collide in every
# way (case, a text that is itself a suffixed tag, the taken list, two texts
# cut to the same prefix), at full length and cut short.
printf '#Rally_3\n#rally_a\n#Ra_22\n#Rall_5\n' > taken.txt
python3 - <<'PY'
texts = ["Rally", "Rally", "RALLY", None, "Rallying", "Rallyists"]
with open("rows.csv", "w") as f:
    f.write("code,text\n")
    for i in range(500):
        t = texts[i % 6] or "Rally_%d" % (i % 9 + 2)
        f.write("c%03d,%s\n" % (i, t))
PY
for max in 30 6; do
	cat > s$max.yaml <<YAML
campaign:
  name: "Suffixes"
  landing: https://example.org/
  hashtag: {from: "{{campaign.name}}", scope: placement, taken: taken.txt, max_length: $max}
events:
  - {id: e, title: "Rally", date: 2027-01-05}
placements:
  - {id: "p-{{row.code}}", rows: rows.csv, event: e, source: s, medium: m, content: "{{row.code}}", hashtag: "{{row.text}}"}
YAML
	"$CAMPAIGN" build s$max.yaml -o out$max --format none --quiet
	cut -d, -f1,"$(head -n 1 out$max/manifest.csv | tr , '\n' | grep -n '^hashtag$' | cut -d: -f1)" out$max/manifest.csv
done
