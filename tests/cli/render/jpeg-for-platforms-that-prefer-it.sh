# render -o FILE.jpg (or .jpeg) writes a baseline JFIF JPEG at the page's
# pixels, as a spec's image_format: jpeg does: a social template at exactly
# its size, a print template at --dpi; --sample names each file with the
# suffix given. The markers are read here, not by our code.
"$CAMPAIGN" render social-square --sample -o look.jpg
"$CAMPAIGN" render flyer-a6 --sample -o flyer.jpeg --dpi 150 >/dev/null
"$CAMPAIGN" render flyer-a6 --sample -o flyer.gif || echo "exit $?"
python3 - look-en.jpg look-ru.jpg look-ar.jpg flyer-en.jpeg <<'PY'
import struct, sys
for name in sys.argv[1:]:
    d = open(name, 'rb').read()
    assert d[:2] == b'\xff\xd8' and d[-2:] == b'\xff\xd9', name + ': no SOI/EOI'
    assert d[6:11] == b'JFIF\0', name + ': not JFIF'
    i, sof = 2, None
    while i < len(d):
        marker, length = d[i + 1], struct.unpack('>H', d[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC2):
            sof = (marker, struct.unpack('>HH', d[i + 5:i + 9]))
            break
        i += 2 + length
    kind = 'baseline' if sof[0] == 0xC0 else 'progressive'
    print(f"{name}: {kind}, {sof[1][1]}x{sof[1][0]}")
PY
# A QR code in a JPEG still scans (its modules are sharp blocks, which JPEG blurs most).
zbarimg -q --raw flyer-en.jpeg 2>/dev/null
