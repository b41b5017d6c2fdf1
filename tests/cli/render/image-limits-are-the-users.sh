# The image limits (issue 16) are the user's: --limit image-side, image-pixels,
# image-bytes. A PNG over a lowered limit is refused, naming the image, its
# size and the option that raises it; the defaults accept it; a raised limit
# accepts a PNG the defaults refuse; bad values are usage errors.
python3 - <<'PY'
import struct, zlib
def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
def png(name, w, h):
    row = b'\0' + b'\x80' * w  # grey, 8 bits
    idat = zlib.compress(row * h, 9)
    with open(name, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
                + chunk(b'IDAT', idat) + chunk(b'IEND', b''))
png('photo.png', 600, 200)
png('wide.png', 12001, 2)
PY
for image in photo wide; do
	printf 'page: { size: A6 }\nelements:\n  - image: { src: %s.png, at: [10mm, 10mm], width: 30mm }\n' $image >$image.yaml
done
echo "# the defaults accept 600 x 200"
"$CAMPAIGN" render photo.yaml -o photo-flyer.png --dpi 72 && echo ok
echo "# lowered: each limit named"
"$CAMPAIGN" render photo.yaml -o out.png --dpi 72 --limit image-side=500 || echo "exit $?"
"$CAMPAIGN" render photo.yaml -o out.png --dpi 72 --limit image-pixels=100000 || echo "exit $?"
"$CAMPAIGN" render photo.yaml -o out.png --dpi 72 --limit image-bytes=40 || echo "exit $?"
test ! -e out.png
echo "# 12001 pixels wide: refused by the defaults, accepted when raised"
"$CAMPAIGN" render wide.yaml -o wide-flyer.png --dpi 72 || echo "exit $?"
"$CAMPAIGN" render wide.yaml -o wide-flyer.png --dpi 72 --limit image-side=12001 && echo ok
echo "# bad values"
"$CAMPAIGN" render photo.yaml -o out.png --limit image-side=0 || echo "exit $?"
"$CAMPAIGN" render photo.yaml -o out.png --limit image-side=32768 || echo "exit $?"
"$CAMPAIGN" render photo.yaml -o out.png --limit image-pixels=500000001 || echo "exit $?"
"$CAMPAIGN" render photo.yaml -o out.png --limit image-bytes=1073741825 || echo "exit $?"
"$CAMPAIGN" render photo.yaml -o out.png --limit image-bytes=12k || echo "exit $?"
"$CAMPAIGN" render photo.yaml -o out.png --limit rows=5 || echo "exit $?"
