# A template of one's own (CAMPAIGN_TEMPLATE_DIR) whose logo sits in a
# brand folder beside it is refused at its image, as in render, unless
# --allow-images names that folder, which `templates` takes as render
# does; --allow-images must be a folder, and --labels (no images) refuses it.
mkdir -p tpl brand
cp data/templates/good/logo.png brand/logo.png
cat > tpl/mine-logo.yaml <<YAML
template: mine-logo
description: "A card with the brand logo"
page: { size: A6, safe: 5mm }
elements:
  - image: { src: ../brand/logo.png, at: [10mm, 10mm], width: 20mm }
  - text: { text: "{{event.title}}", at: [10mm, 40mm], width: 80mm, height: 20mm,
            font: "DejaVu Sans Bold 24" }
YAML
show() {
	status=0
	CAMPAIGN_TEMPLATE_DIR=$PWD/tpl "$CAMPAIGN" templates "$@" >list.txt 2>err || status=$?
	sed "s|$PWD/|/PWD/|g" err
	echo "exit $status; mine-logo listed: $(grep -c '^mine-logo ' list.txt || true)"
}
echo "== without --allow-images"
show
echo "== --allow-images brand"
show --allow-images brand
echo "== --allow-images not-there"
show --allow-images not-there
echo "== --labels --allow-images brand"
show --labels --allow-images brand
