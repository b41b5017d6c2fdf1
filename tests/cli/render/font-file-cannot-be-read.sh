# fontconfig's cache lists a font whose file is gone (a package removed, a
# cache not refreshed): cairo would draw boxes in its place with only a
# warning from pango. The template is refused as the machine's fault
# (exit 3), naming the file, before anything is drawn or written.
# fontconfig reads SOURCE_DATE_EPOCH as its caches' time: the cache must see the real one.
unset SOURCE_DATE_EPOCH
mkdir fonts cache
cp /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf fonts/
cat > fonts.conf <<XML
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><dir>$PWD/fonts</dir><cachedir>$PWD/cache</cachedir></fontconfig>
XML
export FONTCONFIG_FILE="$PWD/fonts.conf"
fc-cache fonts
# Remove the file but keep the directory's time, so the cache stays trusted.
touch -r fonts stamp
rm fonts/DejaVuSans-Bold.ttf
touch -r stamp fonts
fc-list : file | grep -c DejaVuSans-Bold.ttf
cat > t.yaml <<'YAML'
page: { size: A7, bleed: 2mm, safe: 4mm }
elements:
  - text: { text: "Rally", at: [5mm, 5mm], width: 60mm, font: "DejaVu Sans Bold 12" }
YAML
status=0
"$CAMPAIGN" render t.yaml -o out.pdf --now 2026-12-01 2>err || status=$?
echo "exit $status"
sed "s|$PWD/||" err
test ! -e out.pdf
