/* The templates of a build's flyers, loaded from the plan before anything is written. */
#include "build/flyer_templates.h"

#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "plan/plan_internal.h"
#include "plan/plan_values.h"
#include "spec/spec_load.h"
#include "template/template_model.h"
#include "util/strbuf.h"

static void
fail(struct flyer_templates *t, int rc)
{
	if (rc && (t->status == CAMPAIGN_OK || rc == CAMPAIGN_ENOMEM))
		t->status = rc;
}

const struct template_slot *
campaign__flyer_templates_find(const struct flyer_templates *t, const char *name)
{
	for (size_t i = 0; i < t->count; i++)
		if (strcmp(t->slots[i].name, name) == 0)
			return &t->slots[i];
	return NULL;
}

/* Opens and checks one template into slot; a path is relative to the spec, as rows tables are. */
static int
open_template(struct template_slot *slot, const struct campaign_spec *spec,
              const char *const *template_dirs, campaign_diags *diags)
{
	struct strbuf path;
	campaign__strbuf_init(&path, 0);
	int rc = campaign__template_is_path(slot->name) ? campaign__spec_path_into(spec, slot->name, &path)
	                                                : campaign__strbuf_adds(&path, slot->name);
	if (rc == CAMPAIGN_OK)
		rc = campaign_template_open(&slot->tpl, campaign__strbuf_cstr(&path), template_dirs, diags);
	if (rc == CAMPAIGN_OK)
		rc = campaign_template_check_names(slot->tpl, campaign__value_names, diags);
	campaign__strbuf_free(&path);
	return rc;
}

static void
load_one(struct flyer_templates *t, const struct campaign_spec *spec, const struct plan_item *item,
         const char *const *template_dirs, campaign_diags *diags)
{
	const char *name = item->pub.placement->template_name;
	if (campaign__flyer_templates_find(t, name))
		return;
	struct template_slot *slots = realloc(t->slots, (t->count + 1) * sizeof(*slots));
	if (slots)
		t->slots = slots;
	char *name_copy = slots ? strdup(name) : NULL;
	if (!name_copy) {
		fail(t, CAMPAIGN_ENOMEM);
		return;
	}
	struct template_slot *slot = &t->slots[t->count++];
	*slot = (struct template_slot){ .name = name_copy };
	size_t first = campaign_diags_count(diags);
	int rc = open_template(slot, spec, template_dirs, diags);
	if (rc) {
		/* Where the spec asked for it, so the user knows which line to fix. */
		struct yaml_pos at = item->sp->at[PF_TEMPLATE];
		if (campaign_diags_count(diags) > first && rc != CAMPAIGN_ENOMEM)
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_NOTE, CAMPAIGN_OK, spec->file,
			                   at.line, at.column, "template '%s' is used here", name);
		slot->failed = 1;
		fail(t, rc);
	}
}

int
campaign__flyer_templates_load(struct flyer_templates *t, const campaign_plan *plan,
                               const unsigned char *selected, const char *const *template_dirs,
                               campaign_diags *diags)
{
	memset(t, 0, sizeof(*t));
	t->drawn = calloc(plan->count + 1, 1);
	if (!t->drawn) {
		fail(t, CAMPAIGN_ENOMEM);
		return t->status;
	}
	for (size_t i = 0; i < plan->count && t->status != CAMPAIGN_ENOMEM; i++) {
		if (!selected[i] || !plan->items[i].pub.placement->template_name)
			continue;
		t->drawn[i] = 1;
		t->wanted++;
		load_one(t, plan->spec, &plan->items[i], template_dirs, diags);
	}
	return t->status;
}

void
campaign__flyer_templates_free(struct flyer_templates *t)
{
	for (size_t i = 0; i < t->count; i++) {
		campaign_template_free(t->slots[i].tpl);
		free(t->slots[i].name);
	}
	free(t->slots);
	free(t->drawn);
	memset(t, 0, sizeof(*t));
}
