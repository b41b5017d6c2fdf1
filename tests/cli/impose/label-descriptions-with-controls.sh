# A label product's name and description come from XML a user may supply
# (CAMPAIGN_LABELS_DIR): a tab or a line end in them, written as character
# references, is a space in `campaign templates --labels` (labels.c's
# one_line()), so the table keeps one product a line and its columns.
mkdir labels
cp data/labels/good/paper-sizes.xml labels/
cat >labels/odd-templates.xml <<'XML'
<?xml version="1.0"?>
<Glabels-templates>
  <Template brand="Odd" part="T&#9;1" size="A4" _description="Round&#9;stickers&#10;second line">
    <Meta category="label"/>
    <Label-round id="0" radius="20mm" waste="1mm">
      <Layout nx="4" ny="6" x0="10mm" y0="10mm" dx="45mm" dy="45mm"/>
    </Label-round>
  </Template>
</Glabels-templates>
XML
CAMPAIGN_LABELS_DIR=labels "$CAMPAIGN" templates --labels >list.txt || echo "exit $?"
cat list.txt
