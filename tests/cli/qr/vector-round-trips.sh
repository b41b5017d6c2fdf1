# SVG and PDF of many payloads, rasterized by rsvg-convert and pdftoppm and decoded by
# zbarimg, give back exactly their payload: ASCII, mixed-case URLs, UTF-8 with ECI, all
# four ECC levels, versions 1 to 40. Prints one line per code that does not round-trip.
mkdir work && cd work
long=$(head -c 2000 /dev/zero | tr '\0' 'a')
n=0
for ecc in L M Q H; do
  for data in "x" "https://example.org/?utm_source=Flyer&utm_content=Gate_A#Top" \
              "Митинг за достойную зарплату" "مرحبا بكم في المسيرة" "1234567890" "$long"; do
    [ "$data" = "$long" ] && [ "$ecc" != L ] && [ "$ecc" != M ] && continue
    n=$((n + 1))
    "$CAMPAIGN" qr "$data" -o c.svg --size 100mm --ecc $ecc 2>/dev/null
    "$CAMPAIGN" qr "$data" -o c.pdf --size 100mm --ecc $ecc 2>/dev/null
    rsvg-convert -d 300 -p 300 c.svg -o svg.png
    pdftoppm -r 300 -png -singlefile c.pdf pdf
    for f in svg pdf; do
      got=$(zbarimg -q --raw $f.png 2>/dev/null || true)
      [ "$got" = "$data" ] || echo "$f $ecc: got '$(printf %.40s "$got")' for '$(printf %.40s "$data")'"
    done
  done
done
echo "$n payloads, each as SVG and PDF"
