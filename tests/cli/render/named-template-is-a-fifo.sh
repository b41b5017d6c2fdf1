# A template named (not a path) whose file in CAMPAIGN_TEMPLATE_DIR is a
# FIFO is refused saying so, not waited on, and not reported as a missing
# template ("no built-in template 'notice'; did you mean 'notice'?").
mkdir mine
mkfifo mine/notice.yaml
status=0
CAMPAIGN_TEMPLATE_DIR=mine timeout 10 "$CAMPAIGN" render notice -o out.pdf || status=$?
echo "render: exit $status"
status=0
CAMPAIGN_TEMPLATE_DIR=mine timeout 10 "$CAMPAIGN" templates >/dev/null || status=$?
echo "templates: exit $status"
