# Black text, a black line and a QR code print on the K plate alone: no cyan,
# magenta or yellow inside the BleedBox (ghostscript's ink coverage; the
# crop marks outside it are on every plate: impose/marks-in-registration-
# colour), in the content stream `0 0 0 1 k`, never RGB black; the file
# passes qpdf and the code scans.
cat > bw.yaml <<'YAML'
page: { size: A6, bleed: 3mm, safe: 5mm }
elements:
  - text: { text: "Black text", at: [10mm, 12mm], width: 80mm, font: "DejaVu Sans 12", color: "#000000" }
  - text: { text: "Gray text", at: [10mm, 20mm], width: 80mm, font: "DejaVu Sans 12", color: "#1a1a1a" }
  - qr: { data: "{{url}}", at: [10mm, 40mm], size: 40mm }
  - line: { from: [10mm, 100mm], to: [90mm, 100mm], width: 1pt, color: "#000000" }
YAML
"$CAMPAIGN" render bw.yaml --now 2026-12-01 --set url=https://example.org/r -o bw.pdf
qpdf --check bw.pdf >/dev/null
gs -q -o - -sDEVICE=inkcov -dUseBleedBox bw.pdf | awk '{ print ($1 + $2 + $3 == 0 && $4 > 0) ? "K only" : "not K only: " $0 }'
qpdf --qdf --object-streams=disable bw.pdf q.pdf
grep -a -c ' rg\| RG' q.pdf || true
grep -a -o '^0 0 0 1 [kK]' q.pdf | sort | uniq -c
pdftoppm -r 150 -png bw.pdf page
zbarimg -q --raw page-1.png 2>/dev/null
