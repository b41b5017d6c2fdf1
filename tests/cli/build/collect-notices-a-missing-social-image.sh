# --collect counts an online placement's image like a flyer: with one
# shard's social/vk-post.png lost on the way, the collect fails (exit 3),
# names the placement and writes nothing. Before, in a campaign of posts
# only, a placement without its image was taken to have flyers instead,
# which no placement had, and the collect passed with the image missing.
cat >s.yaml <<'YAML'
campaign:
  name: Rally
  landing: https://example.org/rally
events:
  - id: rally
    title: Rally
    date: 2027-12-04
    time: "18:00"
    venue: Town Square
placements:
  - id: vk-post
    event: rally
    source: vk
    medium: social
    template: social-post
  - id: tg-post
    event: rally
    source: telegram
    medium: social
    template: social-post
  - id: newsletter
    event: rally
    source: newsletter
    medium: email
    template: social-banner
YAML
for k in 1 2 3; do
	"$CAMPAIGN" build s.yaml -o shards/$k --shard $k/3 --now 2026-11-25 --quiet >/dev/null
done
mkdir all
cp -r shards/1/. shards/2/. shards/3/. all/
rm all/manifest.json all/manifest.csv
ls all/social
cp all/social/vk-post.png vk-post.png
cp all/social/newsletter.png newsletter.png
for lost in vk-post newsletter; do
	rm all/social/$lost.png
	find all | sort >before
	status=0
	"$CAMPAIGN" build s.yaml -o all --collect --now 2026-11-25 --quiet || status=$?
	echo "without $lost.png: exit $status"
	find all | sort | diff before -
	cp $lost.png all/social/
done
# Every image there: the same command succeeds and lists them.
"$CAMPAIGN" build s.yaml -o all --collect --now 2026-11-25 --quiet
grep -o '"social": "social/[a-z-]*.png"' all/manifest.json
