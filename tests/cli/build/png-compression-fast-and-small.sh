# --png-compression fast and small write the same pixels (the same filtered
# rows once inflated), small in fewer bytes, both sound to pngcheck (a
# validator independent of libpng); anything else is a usage error.
for c in fast small; do
	rm -f examples/rally/*.ledger
	"$CAMPAIGN" build examples/rally/campaign.yaml -o "out-$c" --now 2026-11-25 --quiet \
		--only flyer-gate-a --format png --dpi 100 --png-compression "$c" >/dev/null
done
python3 - out-fast/flyers/flyer-gate-a.png out-small/flyers/flyer-gate-a.png <<'PY'
import struct, sys, zlib
def idat(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    pos, out, phys = 8, b"", None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IDAT":
            out += body
        if kind == b"pHYs":
            phys = struct.unpack(">IIB", body)
        pos += 12 + n
    return zlib.decompress(out), phys, len(data)
fast, small = idat(sys.argv[1]), idat(sys.argv[2])
assert fast[0] == small[0], "the pixels differ"
assert fast[1] == small[1] == (3937, 3937, 1), fast[1]
assert small[2] < fast[2], (small[2], fast[2])
print("same pixels; small is smaller; 100 dpi in both")
PY
pngcheck -q out-fast/flyers/flyer-gate-a.png out-small/flyers/flyer-gate-a.png && echo "pngcheck: no errors"
"$CAMPAIGN" build examples/rally/campaign.yaml -o out-x --png-compression best 2>&1 || echo "exit $?"
