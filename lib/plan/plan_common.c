/*
 * What the stages of a plan share (internal): reporting at a placement's
 * position, copies in the plan's arena, and the sorted ids of the spec.
 * plan.c runs the stages (plan_urls.c, plan_hashtags.c, plan_phones.c);
 * they and it use this file, and no stage uses plan.c.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "plan/plan_internal.h"
#include "spec/spec_model.h"
#include "util/date.h"

static void CAMPAIGN_PRINTF(6, 0)
vreport(struct campaign_plan *plan, campaign_severity sev, struct yaml_pos at,
        const struct plan_item *item, int status, const char *fmt, va_list ap)
{
	char msg[2048], note[320] = "";
	vsnprintf(msg, sizeof(msg), fmt, ap);
	if (item)
		campaign__spec_row_note(&item->sp->pub, note, sizeof(note));
	campaign_diags_add(plan->diags, sev, sev == CAMPAIGN_SEVERITY_ERROR ? status : CAMPAIGN_OK,
	                   plan->spec->file, at.line, at.column, "%s%s", msg, note);
	if (sev == CAMPAIGN_SEVERITY_ERROR && (plan->status == CAMPAIGN_OK || status == CAMPAIGN_ENOMEM))
		plan->status = status;
}

void
campaign__plan_error(struct campaign_plan *plan, struct yaml_pos at, const struct plan_item *item,
                     int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport(plan, CAMPAIGN_SEVERITY_ERROR, at, item, status, fmt, ap);
	va_end(ap);
}

void
campaign__plan_warning(struct campaign_plan *plan, struct yaml_pos at, const struct plan_item *item,
                       const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport(plan, CAMPAIGN_SEVERITY_WARNING, at, item, CAMPAIGN_OK, fmt, ap);
	va_end(ap);
}

int
campaign__plan_clock_allows_release(struct campaign_plan *plan, const struct ledger_entry *e)
{
	if (plan->today >= e->issued)
		return 1;
	if (plan->clock_behind++ == 0) {
		char today[11], issued[11];
		campaign__date_format(plan->today, today);
		campaign__date_format(e->issued, issued);
		campaign_diags_add(plan->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, plan->ledger_path,
		                   0, 0, "placement '%s' would be released on %s, before the day it was "
		                   "issued (%s): the build's clock is behind this ledger; set --now (or "
		                   "SOURCE_DATE_EPOCH) to %s or later",
		                   e->id, today, issued, issued);
	}
	if (plan->status == CAMPAIGN_OK)
		plan->status = CAMPAIGN_EINVALID;
	return 0;
}

const char *
campaign__plan_strdup(struct campaign_plan *plan, const char *text)
{
	const char *copy = campaign__arena_strdup(&plan->arena, text);
	if (!copy)
		plan->status = CAMPAIGN_ENOMEM;
	return copy;
}

static int
cmp_strings(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

const char **
campaign__plan_sorted_ids(struct campaign_plan *plan)
{
	const char **ids = malloc((plan->count + 1) * sizeof(*ids));
	if (!ids) {
		plan->status = CAMPAIGN_ENOMEM;
		return NULL;
	}
	for (size_t i = 0; i < plan->count; i++)
		ids[i] = plan->items[i].pub.placement->id;
	qsort(ids, plan->count, sizeof(*ids), cmp_strings);
	return ids;
}

int
campaign__plan_has_id(const struct campaign_plan *plan, const char **ids, const char *id)
{
	return bsearch(&id, ids, plan->count, sizeof(*ids), cmp_strings) != NULL;
}
