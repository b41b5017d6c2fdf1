# With no font at all (an empty fontconfig configuration), a text element is
# a located error, and the exit status is 3, a missing resource (contract:
# exit codes), not 1: the template is fine, the machine lacks fonts.
mkdir cache
cat > empty.conf <<XML
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>$(pwd)/cache</cachedir></fontconfig>
XML
cat > t.yaml <<'YAML'
template: nofont
page: { size: A6 }
elements:
  - text: { text: "Hello", at: [10mm, 10mm], width: 80mm, font: "DejaVu Sans 12" }
YAML
FONTCONFIG_FILE=$(pwd)/empty.conf "$CAMPAIGN" render t.yaml -o x.pdf 2>&1 || echo "exit $?"
test ! -e x.pdf
