# A font size nobody can read gets a warning at its template line: below
# 6 pt on paper, below a hundredth of the width on an image in pixels (a
# 1080 px post: 8.1 pt, 10.8 px). The shipped templates' smallest (7 pt on
# an A6, 14 pt on a 1200 px banner) draw none. Shrink-to-fit stops at the
# same size: a text that fits a social image only smaller (at 6 pt, as it
# did before) is an error.
cat > print.yaml <<'YAML'
page: { size: A6, bleed: 2mm, marks: false, safe: 4mm }
elements:
  - text: { text: "Terms", at: [5mm, 5mm], width: 60mm, font: "DejaVu Sans 2" }
  - text: { text: "Small print", at: [5mm, 20mm], width: 60mm, font: "DejaVu Sans 6" }
YAML
cat > post.yaml <<'YAML'
page: { size: [1080px, 1080px], safe: 40px }
elements:
  - text: { text: "Terms", at: [60px, 60px], width: 900px, font: "DejaVu Sans 8" }
  - text: { text: "Read", at: [60px, 200px], width: 900px, font: "DejaVu Sans 8.5" }
  - text: { text: "{{var.long}}", at: [60px, 400px], width: 300px, shrink: true, wrap: false,
            font: "DejaVu Sans 20" }
YAML
"$CAMPAIGN" render print.yaml -o print.pdf --now 2026-12-01
"$CAMPAIGN" render post.yaml --set long="Fair pay" -o post.png --now 2026-12-01
"$CAMPAIGN" render post.yaml --set long="Fair pay for every worker in every shop of the city, now and ever" \
	-o long.png --now 2026-12-01 || echo "exit $?"
"$CAMPAIGN" render social-banner --set event.title="Rally" --set event.date=2026-12-05 \
	--set event.time=12:00 --set event.venue="City Park" --set url=https://example.org/r \
	--set hashtag="#Rally" -o banner.png --now 2026-12-01
"$CAMPAIGN" render flyer-a6 --set event.title="Rally" --set event.date=2026-12-05 \
	--set event.time=12:00 --set event.venue="City Park" --set url=https://example.org/r \
	--set phone="+1 (212) 555-0100" --set hashtag="#Rally" -o a6.pdf --now 2026-12-01
ls
