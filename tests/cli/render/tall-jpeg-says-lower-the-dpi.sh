# A JPEG is at most 65,500 pixels a side by its format: a page too tall for
# one at the dpi asked is a located limit with the way out (exit 1, nothing
# written), as a PNG too wide is, not libjpeg's own error as a failure to write.
cat >tall.yaml <<'YAML'
page: { size: [100mm, 1500mm] }
elements:
  - text: { text: "{{event.title}}", at: [10mm, 10mm], width: 80mm }
YAML
"$CAMPAIGN" render tall.yaml --set event.title=Tall -o tall.jpg --dpi 1200 || echo "exit $?"
ls
"$CAMPAIGN" render tall.yaml --set event.title=Tall -o tall.jpg --dpi 600 && echo "600 dpi: written"
