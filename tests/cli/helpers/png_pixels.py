"""Checks the colour of a PNG's pixels against the expected ones.

usage: png_pixels.py FILE.png X,Y=#RRGGBB... (X and Y: fractions of the width and height)

Prints "X,Y: #RRGGBB near" when every channel is within 24 of the expected
value (JPEG and anti-aliasing are not exact), else what it found.

Reads 8-bit grey, RGB and RGBA PNGs with zlib alone, so a test needs no
image library.
"""
import struct
import sys
import zlib


def read_png(path):
    """(width, height, bytes a pixel, rows): an 8-bit PNG's pixels, rows as bytearrays."""
    data = open(path, "rb").read()
    pos, idat = 8, b""
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    assert depth == 8, "8-bit PNGs only"
    bpp = {0: 1, 2: 3, 6: 4}[ctype]
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            p = a + b - c
            pred = [0, a, b, (a + b) // 2,
                    a if abs(p - a) <= abs(p - b) and abs(p - a) <= abs(p - c) else b if abs(p - b) <= abs(p - c) else c][f]
            line[i] = (line[i] + pred) & 0xFF
        rows.append(line)
        prev = line
    return width, height, bpp, rows


def main():
    width, height, bpp, rows = read_png(sys.argv[1])
    for arg in sys.argv[2:]:
        point, want = arg.split("=")
        fx, fy = (float(v) for v in point.split(","))
        x, y = min(int(fx * width), width - 1), min(int(fy * height), height - 1)
        px = rows[y][x * bpp:x * bpp + bpp]
        rgb = (px[0],) * 3 if bpp == 1 else tuple(px[:3])
        expected = tuple(int(want[i:i + 2], 16) for i in (1, 3, 5))
        near = all(abs(a - b) <= 24 for a, b in zip(rgb, expected))
        print("%s: %s %s" % (point, want, "near" if near else "but found #%02x%02x%02x" % rgb))


if __name__ == "__main__":
    main()
