# --office with a PNG, as with a PDF: the page is the flyer's trim (A6 at 72
# dpi: 298 x 420 px, no bleed), nothing within 5 mm (14 px) of the edge, the
# flyer shrunk to fit (the same note), and its QR code scans; from render and
# from build.
set -- --now 2026-12-01 --set event.title="Rally" --set event.date=2026-12-05 --set event.time=12:00 \
	--set event.venue="Park" --set url="https://example.org/r" --set phone="+7 (495) 123-45-01" \
	--set hashtag="#Rally"
size() { python3 -c 'import struct, sys; print("%d x %d px" % struct.unpack(">II", open(sys.argv[1], "rb").read()[16:24]))' "$1"; }
"$CAMPAIGN" render flyer-a6 "$@" --office --dpi 72 -o one.png 2>&1
size one.png
python3 "$TESTS/cli/helpers/sheet_pixels.py" margin one.png 14.2
"$CAMPAIGN" render flyer-a6 "$@" --office --dpi 300 -o scan.png 2>/dev/null
zbarimg -q --raw scan.png 2>/dev/null
# Without --office the PNG is the trim printed to the edge: the check fails.
"$CAMPAIGN" render flyer-a6 "$@" --dpi 72 -o edge.png
python3 "$TESTS/cli/helpers/sheet_pixels.py" margin edge.png 14.2 || echo "exit $?"
# A build's PNGs for the office printer: each the flyer's own size, inside the margin.
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --office --format png --dpi 72 --quiet
size out/flyers/flyer-gate-a.png
python3 "$TESTS/cli/helpers/sheet_pixels.py" margin out/flyers/flyer-gate-a.png 14.2
