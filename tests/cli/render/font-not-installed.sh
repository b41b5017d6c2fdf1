# A font family the machine lacks: fontconfig would substitute whatever it
# likes (a script face, on some machines), so the template is refused as
# the machine's fault (exit 3), with the fallback that would make it work;
# nothing is written. A family list that ends in an installed family or a
# generic one is the designer's own fallback, and renders.
cat > t.yaml <<'YAML'
page: { size: A7, bleed: 2mm, safe: 4mm }
elements:
  - text: { text: "{{var.cta}}", at: [5mm, 5mm], width: 60mm, font: "No Such Font Bold 12" }
YAML
status=0
"$CAMPAIGN" render t.yaml -o out.pdf --now 2026-12-01 || status=$?
echo "exit $status"
test ! -e out.pdf
sed 's/"No Such Font Bold 12"/"No Such Font, DejaVu Sans Bold 12"/' t.yaml > fallback.yaml
"$CAMPAIGN" render fallback.yaml -o fallback.pdf --now 2026-12-01
sed 's/"No Such Font Bold 12"/"No Such Font, sans Bold 12"/' t.yaml > generic.yaml
"$CAMPAIGN" render generic.yaml -o generic.pdf --now 2026-12-01
pdffonts fallback.pdf | awk 'NR > 2 { sub(/^[A-Z]+\+/, "", $1); print $1 }'
pdffonts generic.pdf | awk 'NR > 2 { sub(/^[A-Z]+\+/, "", $1); print $1 }'
# A list that names no family (only commas) is no family at all: the
# default face, as for "Bold 12", not "the font '' is not installed".
sed 's/"No Such Font Bold 12"/", , Bold 12"/' t.yaml > none.yaml
"$CAMPAIGN" render none.yaml -o none.pdf --now 2026-12-01
pdffonts none.pdf | awk 'NR > 2 { sub(/^[A-Z]+\+/, "", $1); print $1 }'
