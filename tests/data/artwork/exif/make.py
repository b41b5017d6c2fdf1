"""Makes orientation-N.jpg, N from 1 to 8: one stored image, 60 x 30 pixels,
in four quadrants (top left red, top right blue, bottom left green, bottom
right yellow), with an EXIF APP1 segment whose Orientation (tag 274) is N,
as a phone writes it. Needs cjpeg (libjpeg-turbo-progs); run it here."""
import struct
import subprocess

W, H = 60, 30
COLOURS = {(0, 0): (220, 30, 30), (1, 0): (30, 30, 220), (0, 1): (30, 160, 30), (1, 1): (230, 200, 30)}
pixels = bytearray()
for y in range(H):
    for x in range(W):
        pixels += bytes(COLOURS[(x >= W // 2, y >= H // 2)])
jpeg = subprocess.run(["cjpeg", "-quality", "95"], input=b"P6 %d %d 255\n" % (W, H) + bytes(pixels),
                      capture_output=True, check=True).stdout
for n in range(1, 9):
    # A big-endian TIFF header and one IFD entry: SHORT, count 1, the value left-justified.
    tiff = b"MM\x00\x2a" + struct.pack(">IH", 8, 1) + struct.pack(">HHIHH", 274, 3, 1, n, 0) + struct.pack(">I", 0)
    app1 = b"Exif\x00\x00" + tiff
    with open("orientation-%d.jpg" % n, "wb") as f:
        f.write(jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + jpeg[2:])
