# `image_format: jpeg` makes an online placement's image social/<id>.jpg: a
# baseline JFIF JPEG (SOF0) of exactly the template's pixels, named so in
# manifest.json and manifest.csv, its QR-free caption as before; the other
# placement stays a PNG. Switched back to png, a rebuild leaves no .jpg
# behind (made_from knows the format) and lists the PNG. Withdrawn, the JPEG
# moves to withdrawn/social/ and comes back; --collect lists it.
cat >s.yaml <<'YAML'
campaign:
  name: Rally
  landing: https://example.org/rally
events:
  - id: rally
    title: Rally
    date: 2026-12-05
    time: "18:00"
    venue: Town Square
placements:
  - id: vk-post
    event: rally
    source: vk
    medium: social
    template: social-post
    image_format: jpeg
  - id: tg-post
    event: rally
    source: telegram
    medium: social
    template: social-square
YAML
# Each JPEG marker from SOI to EOI: baseline (SOF0) only, and the frame's size.
jpeg_info() {
	python3 - "$1" <<'PY'
import struct, sys
d = open(sys.argv[1], 'rb').read()
assert d[:2] == b'\xff\xd8' and d[-2:] == b'\xff\xd9', 'no SOI/EOI'
i, kinds = 2, []
while d[i] == 0xFF and d[i + 1] != 0xDA:
    m, n = d[i + 1], struct.unpack('>H', d[i + 2:i + 4])[0]
    if m == 0xE0:
        kinds.append('JFIF' if d[i + 4:i + 9] == b'JFIF\0' else 'APP0?')
    if 0xC0 <= m <= 0xCF and m not in (0xC4, 0xC8, 0xCC):
        h, w, comps = struct.unpack('>HHB', d[i + 5:i + 10])
        sub = [d[i + 11 + 3 * c] for c in range(comps)]
        kinds.append('SOF%d %dx%d sampling %s' % (m - 0xC0, w, h, ' '.join('%x' % s for s in sub)))
    i += 2 + n
print(' '.join(kinds))
PY
}
# The destination pre-check knows the .jpg: a directory there stops the build first.
mkdir -p out/social/vk-post.jpg
"$CAMPAIGN" build s.yaml -o out --now 2026-11-25 --quiet || echo "exit $?"
rmdir out/social/vk-post.jpg
"$CAMPAIGN" build s.yaml -o out --now 2026-11-25 --quiet
ls out/social
jpeg_info out/social/vk-post.jpg
echo "tg-post $(od -An -tu4 --endian=big -j16 -N8 out/social/tg-post.png | tr -s ' ')"
grep '"social"' out/manifest.json
cut -d, -f1,15 out/manifest.csv
# Back to png: the JPEG goes, the PNG comes, the manifest follows.
sed -i '/image_format: jpeg/d' s.yaml
"$CAMPAIGN" build s.yaml -o out --now 2026-11-25 --quiet
ls out/social
echo "vk-post $(od -An -tu4 --endian=big -j16 -N8 out/social/vk-post.png | tr -s ' ')"
grep '"social"' out/manifest.json
# A JPEG withdrawn and back: withdrawn/social/<id>.jpg, named so in the manifest.
sed -i 's/template: social-post/&\n    image_format: jpeg/' s.yaml
"$CAMPAIGN" build s.yaml -o out --now 2026-11-25 --quiet
cp s.yaml jpeg.yaml
sed -i '/id: vk-post/,/image_format/d' s.yaml
"$CAMPAIGN" build s.yaml -o out --now 2026-11-25 --quiet
ls out/social out/withdrawn/social
grep 'withdrawn/social' out/manifest.json
cp jpeg.yaml s.yaml
"$CAMPAIGN" build s.yaml -o out --now 2026-11-25 --quiet 2>/dev/null
ls out/social out/withdrawn/social
# Two shards gathered: --collect finds the JPEG and lists it.
for k in 1 2; do
	"$CAMPAIGN" build s.yaml -o shards/$k --shard $k/2 --now 2026-11-25 --quiet
done
mkdir all
for k in 1 2; do cp -r shards/$k/. all/; done
"$CAMPAIGN" build s.yaml -o all --collect --shards 2 --now 2026-11-25 --quiet
grep '"social"' all/manifest.json
