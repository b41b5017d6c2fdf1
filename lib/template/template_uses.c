/* The placeholders a template prints, for `campaign templates` to list what a placement provides. */
#include <string.h>

#include "campaign/status.h"
#include "campaign/template.h"
#include "template/template_model.h"
#include "text/placeholder.h"
#include "util/strbuf.h"

/* Whether name (len bytes) is a line of the list so far. */
static int
listed(const struct strbuf *list, const char *name, size_t len)
{
	const char *s = campaign__strbuf_cstr(list);
	for (const char *line = s; *line;) {
		const char *end = strchr(line, '\n');
		if ((size_t)(end - line) == len && memcmp(line, name, len) == 0)
			return 1;
		line = end + 1;
	}
	return 0;
}

static int
add_one(void *ctx, const struct placeholder_ref *ref, struct yaml_pos at)
{
	(void)at;
	struct strbuf *list = ctx;
	if (!listed(list, ref->name, ref->len)) {
		campaign__strbuf_add(list, ref->name, ref->len);
		campaign__strbuf_addc(list, '\n');
	}
	return 0;
}

int
campaign_template_placeholders(campaign_buf *out, const campaign_template *t)
{
	if (!out || !t)
		return CAMPAIGN_EINVALID;
	struct strbuf list;
	campaign__strbuf_init(&list, 0);
	campaign__template_each_placeholder(t, add_one, &list);
	int rc = campaign__strbuf_to_buf(&list, out);
	campaign__strbuf_free(&list);
	return rc;
}
