# A template directory of 300 templates (CAMPAIGN_TEMPLATE_DIR) is listed
# whole, the built-in ones after it as well: the listing used to stop at
# 256 names without a word, so the built-in templates went missing from
# it, and a template past the cut was still found by name (rendered here).
mkdir tpl
for i in $(seq 300); do
	cat >"tpl/mine-$i.yaml" <<YAML
template: mine-$i
description: "A card of one's own"
page: { size: A6, safe: 5mm }
elements:
  - text: { text: "{{event.title}}", at: [10mm, 10mm], width: 80mm, height: 20mm, shrink: true,
            font: "DejaVu Sans Bold 24" }
YAML
done
CAMPAIGN_TEMPLATE_DIR=$PWD/tpl "$CAMPAIGN" templates >list.txt
echo "templates: exit $?"
echo "the directory's: $(grep -c '^mine-[0-9]' list.txt)"
grep -E '^(flyer-a6|poster-a2|social-story) ' list.txt | cut -d' ' -f1
status=0
CAMPAIGN_TEMPLATE_DIR=$PWD/tpl "$CAMPAIGN" render mine-299 --sample -o look.pdf || status=$?
echo "render: exit $status"
