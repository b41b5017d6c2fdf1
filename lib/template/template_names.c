/* Checking a template's placeholders against the names a caller provides. */
#include <string.h>

#include "campaign/status.h"
#include "campaign/template.h"
#include "core/diag_internal.h"
#include "text/i18n.h"
#include "text/placeholder.h"
#include "template/template_model.h"
#include "util/suggest.h"

/* Names the flyer derives from event.date. */
static const char *const date_derived[] = {
	"event.date_iso", "event.weekday", "event.day", "event.month", "event.year", NULL,
};

static int
in_list(const struct placeholder_ref *ref, const char *const *list)
{
	for (size_t i = 0; list && list[i]; i++) {
		size_t n = strlen(list[i]);
		if (n >= 2 && strcmp(list[i] + n - 2, ".*") == 0) {
			if (ref->len > n - 1 && memcmp(ref->name, list[i], n - 1) == 0)
				return 1;
		} else if (campaign__placeholder_is(ref, list[i])) {
			return 1;
		}
	}
	return 0;
}

static int
known(const struct placeholder_ref *ref, const char *const *names, int has_date)
{
	return in_list(ref, names) || in_list(ref, campaign__i18n_keys) ||
	       (has_date && in_list(ref, date_derived));
}

int
campaign__template_each_placeholder(const campaign_template *t, template_placeholder_fn fn,
                                    void *ctx)
{
	for (size_t i = 0; i < t->count; i++) {
		const struct tpl_elem *e = &t->elems[i];
		/* The text or payload, then what a row gives (template_rows.c). */
		const struct {
			const char *text;
			struct yaml_pos at;
		} parts[] = {
			{ e->kind == TPL_TEXT ? e->text : e->kind == TPL_QR ? e->data : NULL,
			  e->kind == TPL_TEXT ? e->text_pos : e->data_pos },
			{ e->color_from, e->color_pos },
			{ e->fill_from, e->fill_pos },
			{ e->src_from, e->src_pos },
		};
		for (size_t k = 0; k < sizeof(parts) / sizeof(parts[0]); k++) {
			size_t pos = 0;
			struct placeholder_ref ref;
			while (parts[k].text && campaign__placeholder_next(parts[k].text, &pos, &ref) > 0) {
				int rc = fn(ctx, &ref, parts[k].at);
				if (rc)
					return rc;
			}
		}
	}
	return 0;
}

struct check_names {
	const campaign_template *t;
	const char *const *names;
	int has_date;
	campaign_diags *diags;
	int rc;
};

static int
check_one(void *ctx, const struct placeholder_ref *ref, struct yaml_pos at)
{
	struct check_names *c = ctx;
	if (known(ref, c->names, c->has_date))
		return 0;
	char name[65];
	size_t n = ref->len < 64 ? ref->len : 64;
	memcpy(name, ref->name, n);
	name[n] = '\0';
	const char *hint = NULL;
	for (size_t i = 0; c->names && c->names[i] && !hint; i++)
		if (campaign__edit_distance(name, c->names[i]) <= 2 && !strstr(c->names[i], ".*"))
			hint = c->names[i];
	if (hint)
		campaign_diags_add(c->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, c->t->file, at.line,
		                   at.column, "unknown placeholder '{{%s}}'; did you mean '{{%s}}'?",
		                   name, hint);
	else
		campaign_diags_add(c->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, c->t->file, at.line,
		                   at.column, "unknown placeholder '{{%s}}': nothing provides it here",
		                   name);
	c->rc = CAMPAIGN_EINVALID;
	return 0;
}

int
campaign_template_check_names(const campaign_template *t, const char *const *known_names,
                              campaign_diags *diags)
{
	struct check_names c = { t, known_names, 0, diags, CAMPAIGN_OK };
	for (size_t i = 0; known_names && known_names[i]; i++)
		c.has_date |= strcmp(known_names[i], "event.date") == 0 || strcmp(known_names[i], "event.*") == 0;
	campaign__template_each_placeholder(t, check_one, &c);
	return c.rc;
}
