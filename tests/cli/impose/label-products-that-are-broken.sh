# Broken or hostile product files: each is an error at its file and line,
# never a crash or a hang; entities are neither expanded without bound nor
# fetched. The sticker is never drawn.
for d in data/labels/bad/*; do
	CAMPAIGN_LABELS_DIR=$d "$CAMPAIGN" render data/labels/sticker.yaml --set url=https://example.org/r \
		--labels "Bad 1" -o stickers.pdf 2>&1 || echo "exit $?"
done
CAMPAIGN_LABELS_DIR=data/labels/good "$CAMPAIGN" render data/labels/sticker.yaml --set url=https://example.org/r \
	--labels "Avery L7136" -o stickers.pdf 2>&1 || echo "exit $?"
CAMPAIGN_LABELS_DIR=data/labels/no-such-folder "$CAMPAIGN" templates --labels 2>&1 || echo "exit $?"
ls
