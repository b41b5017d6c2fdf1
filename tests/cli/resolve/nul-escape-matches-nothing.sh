# A query whose UTM value or key holds %00 is no URL a flyer printed: the
# decoded value was cut at the NUL ("vk%00" read as "vk"), so the visit was
# given to vk-post, and `report` counted it. It now matches nothing; the
# same URL without it still resolves. The same for a tel: link.
cd examples/rally
tail='utm_medium=social&utm_campaign=rally_2026&utm_content=announcement'
for q in "utm_source=vk%00&$tail" "utm_source=vk%00x&$tail" "utm_source%00=flyer&utm_source=vk&$tail" "utm_source=vk&$tail"; do
	status=0
	"$CAMPAIGN" resolve campaign.yaml "https://example.org/rally/moscow?$q" >out 2>err || status=$?
	echo "$q: exit $status: $(cut -f1 out)$(sed 's/^.*error: //' err)"
done
# A tel: link is decoded too: a NUL in it cut the number to one of ours.
for q in 'tel:+74951234504%0077' 'tel:+74951234504'; do
	status=0
	"$CAMPAIGN" resolve campaign.yaml "$q" >out 2>err || status=$?
	echo "$q: exit $status: $(cut -f1 out)$(sed 's/^.*error: //' err)"
done
rm -f out err
