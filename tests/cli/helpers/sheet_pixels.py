"""Looks at a sheet as a printer would, from a gray raster of it
(pdftoppm -gray -r 72: one pixel a point, so PDF lengths are pixels), or
from a PNG at 72 dpi (campaign's own, read as gray: the darkest channel).

  sheet_pixels.py margin FILE.pgm PT
      every pixel within PT of the paper's edge is white (an office
      printer's unprintable margin holds nothing), and something is printed
      just inside it (so a blank sheet does not pass). Prints what it found.

  sheet_pixels.py ink FILE.pgm X Y
      prints "ink" or "white" for the pixel at (X, Y) pt from the top left.

Exit 1 when the margin holds ink.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from png_pixels import read_png  # noqa: E402


def read_pgm(path):
    data = open(path, "rb").read()
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos) + 1
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    if fields[0] != b"P5" or int(fields[3]) != 255:
        sys.exit(f"{path}: not an 8-bit binary PGM")
    w, h = int(fields[1]), int(fields[2])
    return w, h, data[pos + 1:pos + 1 + w * h]


def read_png_gray(path):
    w, h, bpp, rows = read_png(path)
    return w, h, bytes(min(row[x * bpp:x * bpp + min(bpp, 3)]) for row in rows for x in range(w))


def main():
    what, path = sys.argv[1], sys.argv[2]
    w, h, px = read_png_gray(path) if path.endswith(".png") else read_pgm(path)
    if what == "ink":
        x, y = int(float(sys.argv[3])), int(float(sys.argv[4]))
        print("ink" if px[y * w + x] < 250 else "white")
        return 0
    m = int(float(sys.argv[3]))
    inked = [(x, y) for y in range(h) for x in range(w)
             if (x < m or y < m or x >= w - m or y >= h - m) and px[y * w + x] < 250]
    if inked:
        print(f"ink within {m} pt of the edge, first at {inked[0]}: {len(inked)} pixels")
        return 1
    inside = sum(1 for y in range(m, h - m) for x in (m, m + 1, w - m - 2, w - m - 1) if px[y * w + x] < 250)
    print(f"margin of {m} pt white; {'ink' if inside else 'nothing'} just inside it")
    return 0 if inside else 1


sys.exit(main())
