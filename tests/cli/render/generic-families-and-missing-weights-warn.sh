# Generic families behave alike: sans, serif and monospace are what
# fontconfig maps them to; the others (cursive, fantasy, system-ui, emoji,
# math) have a look a machine may lack, so each is accepted with a located
# warning naming the face it became (the tests' fonts give cursive a maths
# face). Emoji and Math were "not installed" (exit 3) while Cursive became
# another face without a word. A weight the family lacks ("Serif Thin",
# printed in Book) is a warning too. Small-Caps is drawn (pango emulates it).
mkdir work && cd work
for font in "Cursive 14" "Fantasy 14" "System-ui 14" "Emoji 14" "Math 14" \
	"Liberation Sans, cursive 14" "Liberation Sans, sans, cursive 14" "sans 14" "Monospace Bold 14" \
	"Serif Thin 14" "Sans Small-Caps 14"; do
	printf '%s\n' "page: { size: A6 }" "elements:" "  - text: { text: Hello, at: [10mm, 10mm], font: \"$font\" }" > t.yaml
	status=0
	"$CAMPAIGN" render t.yaml -o t.pdf --now 2026-12-01 || status=$?
	echo "$font: exit $status, $(pdffonts t.pdf | sed -n '3s/^[A-Z]*+\([^ ]*\).*/\1/p')"
	rm -f t.pdf
done
