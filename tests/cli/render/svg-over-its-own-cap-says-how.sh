# An SVG over 8 MB is refused whatever --limit image-bytes says: it is drawn
# again on every flyer, so its cost is its size times the flyers, not one
# decode as a photo's. The message says so and how to make the artwork fit.
python3 - <<'PY'
with open('big.svg', 'w') as f:
    f.write('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">\n')
    line = '<path d="M1 1 L99 99" stroke="#000000"/>\n'
    f.write(line * (8 * 1024 * 1024 // len(line) + 1))
    f.write('</svg>\n')
PY
printf 'page: { size: A6 }\nelements:\n  - image: { src: big.svg, at: [10mm, 10mm], width: 80mm }\n' >art.yaml
"$CAMPAIGN" render art.yaml -o art.pdf || echo "exit $?"
"$CAMPAIGN" render art.yaml -o art.pdf --limit image-bytes=100000000 || echo "exit $?"
test ! -e art.pdf && echo "nothing written"
