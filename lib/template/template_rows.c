/*
 * Values a template takes from a table's row (issue 17): an image's `src:`,
 * a rect's `fill:`, a text's `color:` written as one "{{row.NAME}}". The
 * template names the column; each placement of a `rows:` table gives the
 * cell, which the build checks before anything is written.
 */
#include <string.h>

#include "template/template_load.h"
#include "template/template_units.h"
#include "text/placeholder.h"

int
campaign__tpl_from_row(struct schema *s, const struct yaml_node *v, const char *key,
                       const char **from)
{
	if (!v || v->kind != YAML_NODE_SCALAR || !strstr(v->text, "{{"))
		return 0;
	size_t pos = 0;
	struct placeholder_ref ref;
	/* Only a whole cell: "photos/{{row.id}}.jpg" would have no one cell to blame when it is wrong. */
	if (campaign__placeholder_next(v->text, &pos, &ref) != 1 || ref.start != 0 ||
	    v->text[ref.end] != '\0' || !campaign__placeholder_has_prefix(&ref, "row.")) {
		campaign__schema_error(s, v, "'%s' may be given as a table's column, written as the whole "
		                       "value \"{{row.NAME}}\", not '%.64s'", key, v->text);
		return -1;
	}
	*from = campaign__arena_strdup(s->arena, v->text);
	if (!*from) {
		campaign__schema_nomem(s);
		return -1;
	}
	return 1;
}

const char *
campaign__tpl_row_column(const char *from, size_t *len)
{
	size_t pos = 0;
	struct placeholder_ref ref;
	if (campaign__placeholder_next(from, &pos, &ref) != 1 || ref.len < 4) {
		*len = 0;
		return from;
	}
	*len = ref.len - 4;
	return ref.name + 4;
}

int
campaign__tpl_row_color(const char *text, struct tpl_color *out)
{
	return campaign__tpl_color(text, out) == 0 && out->a > 0 ? 0 : -1;
}
