# build and validate hold a template's images to the user's --limit image-*,
# checked before anything is written: the error is at the template's image,
# with a note where the spec uses the template.
python3 - <<'PY'
import struct, zlib
def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
row = b'\0' + b'\x80' * 600
with open('photo.png', 'wb') as f:
    f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 600, 200, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(row * 200, 9)) + chunk(b'IEND', b''))
PY
printf 'page: { size: A6 }\nelements:\n  - image: { src: photo.png, at: [10mm, 10mm], width: 30mm }\n' >photo.yaml
cat >spec.yaml <<'YAML'
campaign:
  name: Rally
  landing: https://example.org/rally
events:
  - id: rally
    title: Rally
    date: 2026-12-05
placements:
  - id: flyer
    event: rally
    source: flyer
    medium: print
    template: photo.yaml
YAML
"$CAMPAIGN" validate spec.yaml
"$CAMPAIGN" validate spec.yaml --limit image-pixels=100000 || echo "exit $?"
"$CAMPAIGN" validate spec.yaml --limit image-side=600 --limit image-pixels=120000
"$CAMPAIGN" build spec.yaml -o out --limit image-side=599 || echo "exit $?"
test ! -e out && test ! -e spec.ledger && echo "nothing written"
"$CAMPAIGN" build spec.yaml -o out --limit image-side=0 || echo "exit $?"
