# A --limit of something a command does not read is a usage error (exit 2)
# that lists the limits it does, never ignored: phones, resolve and report
# read no template images; templates reads the templates' images only (and
# uses their limits), --labels reads none. The limits a command reads work.
: >access.log
for cmd in "phones examples/rally/campaign.yaml" "resolve examples/rally/campaign.yaml flyer" \
	"report examples/rally/campaign.yaml --access-log access.log"; do
	# shellcheck disable=SC2086
	"$CAMPAIGN" $cmd --limit image-bytes=100 >/dev/null || echo "exit $?"
done
"$CAMPAIGN" phones examples/rally/campaign.yaml --limit image >/dev/null || echo "exit $?"
"$CAMPAIGN" phones examples/rally/campaign.yaml --limit rows=1000 >/dev/null && echo "phones: rows taken"
"$CAMPAIGN" templates --limit rows=5 || echo "exit $?"
"$CAMPAIGN" templates --labels --limit image-side=100 || echo "exit $?"
# A template of one's own (CAMPAIGN_TEMPLATE_DIR) whose image is over the limit given.
mkdir tpl
python3 - <<'PY'
import struct, zlib
def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
row = b'\0' + b'\x80' * 600
with open('tpl/photo.png', 'wb') as f:
    f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 600, 200, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(row * 200, 9)) + chunk(b'IEND', b''))
PY
printf 'page: { size: A6 }\nelements:\n  - image: { src: photo.png, at: [10mm, 10mm], width: 30mm }\n' >tpl/photo.yaml
CAMPAIGN_TEMPLATE_DIR=tpl "$CAMPAIGN" templates --limit image-side=500 >/dev/null || echo "exit $?"
CAMPAIGN_TEMPLATE_DIR=tpl "$CAMPAIGN" templates --limit image-side=600 | grep '^photo '
