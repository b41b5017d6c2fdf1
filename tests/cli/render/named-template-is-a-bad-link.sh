# A template named (not a path) whose file in CAMPAIGN_TEMPLATE_DIR is a
# symbolic link that loops, or leads nowhere, is refused saying why, as any
# unreadable template file is (exit 3), not reported as a missing template
# ("no built-in template 'loop'; did you mean 'loop'?").
mkdir mine
ln -s loop.yaml mine/loop.yaml
ln -s gone.yaml mine/dangling.yaml
for name in loop dangling; do
	status=0
	CAMPAIGN_TEMPLATE_DIR=mine timeout 10 "$CAMPAIGN" render $name -o out.pdf || status=$?
	echo "render $name: exit $status"
	test ! -e out.pdf || echo "out.pdf written"
done
status=0
CAMPAIGN_TEMPLATE_DIR=mine timeout 10 "$CAMPAIGN" templates >/dev/null || status=$?
echo "templates: exit $status"
