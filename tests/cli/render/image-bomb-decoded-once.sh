# A PNG at the pixel limit (10000 x 4000, RGBA, all zeros) is 150 KB on disk
# and 160 MB decoded. Its pixels must be held once: decoding into cairo and
# copying them out held 320 MB. Peak memory, measured with GNU time, against
# the same render of a 1 x 1 image: the difference stays under 1.5 copies.
python3 - <<'PY'
import struct, zlib
def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
def png(name, w, h):
    z = zlib.compressobj(9)
    row = bytes(1 + 4 * w)
    idat = b''.join(z.compress(row) for _ in range(h)) + z.flush()
    with open(name, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 6, 0, 0, 0))
                + chunk(b'IDAT', idat) + chunk(b'IEND', b''))
png('bomb.png', 10000, 4000)
png('dot.png', 1, 1)
PY
for image in dot bomb; do
	printf 'page: { size: A6 }\nelements:\n  - image: { src: %s.png, at: [10mm, 10mm], width: 30mm }\n' $image >$image.yaml
	/usr/bin/time -f %M -o $image.kb "$CAMPAIGN" render $image.yaml -o $image-flyer.png --dpi 72
done
extra_mb=$(( ($(cat bomb.kb) - $(cat dot.kb)) / 1024 ))
echo "decoded once: $(( extra_mb < 240 ))"
[ "$extra_mb" -lt 240 ] || echo "the image took $extra_mb MB more than a 1 x 1 one"
