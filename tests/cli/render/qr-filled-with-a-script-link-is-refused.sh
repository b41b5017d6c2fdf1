# A QR code whose data a value fills in ({{var.link}} here; a rows table's
# cell is the same) is held to the rule a template's own text is: a link a
# phone would run or open on itself (javascript:, data:, in any case, after
# spaces, and with a tab or line break inside the scheme, which a browser
# drops) is refused at the code's data, nothing written. An https:// link
# prints and scans as given.
cat > q.yaml <<'YAML'
page: { size: A6, bleed: 3mm, safe: 5mm }
elements:
  - qr: { data: "{{var.link}}", at: [20mm, 20mm], size: 40mm }
YAML
tab=$(printf '\t')
nl='
'
for link in 'javascript:alert(1)' ' DATA:text/html,<b>x</b>' 'VBScript:x' 'file:///etc/passwd' \
	"java${tab}script:alert(1)" "jav${nl}ascript:alert(1)"; do
	status=0
	"$CAMPAIGN" render q.yaml --now 2026-12-01 --set var.link="$link" -o q.pdf || status=$?
	printf "'%s': exit %s\n" "$(printf %s "$link" | tr '\t\n' '^~')" "$status"
	test ! -e q.pdf
done
"$CAMPAIGN" render q.yaml --now 2026-12-01 --set var.link=https://example.org/rally -o q.png --dpi 150
zbarimg -q --raw q.png 2>/dev/null
