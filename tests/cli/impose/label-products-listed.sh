# campaign templates --labels lists gLabels' products (here a folder copied
# from glabels-data): the name --labels takes, the paper, the label's size,
# its shape when not a rectangle, the grid; a product the same as another
# (L7163 is 7163) has its geometry.
CAMPAIGN_LABELS_DIR=data/labels/good "$CAMPAIGN" templates --labels
