/* UTM values and tracking URLs of every placement. */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "campaign/status.h"
#include "campaign/utm.h"
#include "ids/utm_internal.h"
#include "plan/plan_internal.h"
#include "util/date.h"
#include "text/textquote.h"

static const char *const utm_field_keys[UTM__COUNT] = {
	[UTM_SOURCE] = "source", [UTM_MEDIUM] = "medium", [UTM_CAMPAIGN] = "campaign",
	[UTM_CONTENT] = "content", [UTM_TERM] = "term",
};

/* Re-emits the diagnostics of a position-less call at the spec node that fed it. */
static void
relocate(struct campaign_plan *plan, campaign_diags *tmp, struct yaml_pos at,
         const struct plan_item *item, int status)
{
	for (size_t i = 0; i < campaign_diags_count(tmp); i++) {
		const campaign_diag *d = campaign_diags_get(tmp, i);
		if (d->severity == CAMPAIGN_SEVERITY_ERROR)
			campaign__plan_error(plan, at, item, d->status ? d->status : status, "%s", d->message);
		else
			campaign__plan_warning(plan, at, item, "%s", d->message);
	}
	campaign_diags_clear(tmp);
	/* Out of memory may have left no diagnostic to carry the status. */
	if (status == CAMPAIGN_ENOMEM)
		plan->status = CAMPAIGN_ENOMEM;
}

/* The allowed lists with the conventions applied, so `Print` in a list admits `print`. */
struct allowed_lists {
	const char **values[UTM__COUNT];
};

static const char *
normalize(struct campaign_plan *plan, const char *value, campaign_diags *tmp, int *rc)
{
	const struct spec_conventions *c = &plan->spec->conventions;
	campaign_utm_conventions conv = CAMPAIGN_UTM_CONVENTIONS_INIT;
	conv.lowercase = c->lowercase;
	conv.separator = c->separator;
	conv.transliterate = c->transliterate;
	campaign_buf out = CAMPAIGN_BUF_INIT;
	*rc = campaign_utm_apply_conventions(&out, value, &conv, tmp);
	/* A value the conventions leave alone is the spec's string: no copy per placement. */
	const char *result = *rc ? NULL : strcmp(out.ptr, value) == 0 ? value : campaign__plan_strdup(plan, out.ptr);
	campaign_buf_dispose(&out);
	return result;
}

static void
normalize_allowed(struct campaign_plan *plan, struct allowed_lists *lists, campaign_diags *tmp)
{
	for (int f = 0; f < UTM__COUNT; f++) {
		const struct spec_allowed *a = &plan->spec->conventions.allowed[f];
		lists->values[f] = NULL;
		if (!a->values)
			continue;
		lists->values[f] = campaign__arena_alloc(&plan->arena, (a->count + 1) * sizeof(char *));
		if (!lists->values[f]) {
			plan->status = CAMPAIGN_ENOMEM;
			return;
		}
		for (size_t k = 0; k < a->count; k++) {
			int rc;
			lists->values[f][k] = normalize(plan, a->values[k], tmp, &rc);
			if (rc)
				relocate(plan, tmp, a->at, NULL, rc);
		}
	}
}

static const char *
apply_conventions_once(struct campaign_plan *plan, struct plan_item *item, const char *value,
                       enum utm_field field, struct yaml_pos at, const struct allowed_lists *lists,
                       campaign_diags *tmp)
{
	int rc;
	const char *result = normalize(plan, value, tmp, &rc);
	if (rc) {
		relocate(plan, tmp, at, item, rc);
		return NULL;
	}
	if (result && !result[0] && (field == UTM_SOURCE || field == UTM_MEDIUM)) {
		/* Said at the value: the URL's own check would point at the landing. */
		char quoted[200];
		campaign__quote_into(quoted, sizeof(quoted), value, 40);
		campaign__plan_error(plan, at, item, CAMPAIGN_EINVALID,
		                     "'%s' has no letter or digit, so utm_%s would be empty: write a word",
		                     quoted, utm_field_keys[field]);
		return NULL;
	}
	const struct spec_allowed *allowed = &plan->spec->conventions.allowed[field];
	const char *const *list = lists->values[field];
	if (result && list && result[0]) {
		size_t k = 0;
		while (k < allowed->count && (!list[k] || strcmp(list[k], result) != 0))
			k++;
		if (k == allowed->count) {
			/* The list's line, when it came from a file (a spec built in code has none). */
			char where[40] = "";
			if (allowed->at.line)
				snprintf(where, sizeof(where), " (line %lu)", allowed->at.line);
			campaign__plan_error(plan, at, item, CAMPAIGN_EINVALID,
			                     "utm_%s '%s' is not in the allowed list of conventions.allowed.%s%s",
			                     utm_field_keys[field], result, utm_field_keys[field], where);
			return NULL;
		}
	}
	return result;
}

/*
 * The last value of each field that passed, and what it became. The rows
 * of a table mostly share their source and medium: the conventions and the
 * allowed list give the same answer for the same text, so it is worked out
 * once, not once a placement (a quarter of a million-placement build).
 * Only values that passed are kept: a refused one is reported at each
 * placement that has it.
 */
struct convention_memo {
	const char *value[UTM__COUNT];
	const char *result[UTM__COUNT];
};

static const char *
apply_conventions(struct campaign_plan *plan, struct plan_item *item, const char *value,
                  enum utm_field field, struct yaml_pos at, const struct allowed_lists *lists,
                  campaign_diags *tmp, struct convention_memo *memo)
{
	if (!value)
		return NULL;
	const char *last = memo->value[field];
	if (last && (last == value || strcmp(last, value) == 0))
		return memo->result[field];
	const char *result = apply_conventions_once(plan, item, value, field, at, lists, tmp);
	if (result) {
		memo->value[field] = value;
		memo->result[field] = result;
	}
	return result;
}

static const char *
landing_of(const struct campaign_plan *plan, const struct plan_item *item, struct yaml_pos *at)
{
	const struct spec_placement *sp = item->sp;
	if (sp->pub.landing) {
		*at = sp->at[PF_LANDING];
		return sp->pub.landing;
	}
	const struct spec_event *ev = (const struct spec_event *)item->pub.event;
	if (ev && ev->pub.landing) {
		*at = ev->at[EF_LANDING];
		return ev->pub.landing;
	}
	*at = plan->spec->landing_at;
	return plan->spec->landing;
}

/*
 * The campaign's utm_campaign before the conventions: given, or the slug the
 * user chose, or else the name. Not a slug made from the name: that is the
 * name made into a file name (ASCII, "People's" as "people-s"), and the
 * conventions applied to the name itself give what `campaign utm
 * --campaign NAME` gives, so links made by hand land in the same campaign.
 */
static const char *
campaign_value(struct campaign_plan *plan)
{
	const struct campaign_spec *spec = plan->spec;
	if (spec->utm_campaign)
		return spec->utm_campaign;
	const char *value = spec->slug_given ? spec->slug : spec->name;
	return value ? value : "";
}

/*
 * The last landing links were made on, parsed once (utm_internal.h): a
 * table's placements share the campaign's or their event's. NULL landing
 * when it has a problem, which then each placement's link reports.
 */
struct landing_memo {
	const char *text;
	struct utm_landing *landing;
};

static const struct utm_landing *
prepared_landing(struct landing_memo *memo, const char *text)
{
	if (memo->text && (memo->text == text || strcmp(memo->text, text) == 0))
		return memo->landing;
	campaign__utm_landing_free(memo->landing);
	memo->text = text;
	memo->landing = campaign__utm_landing_new(text);
	return memo->landing;
}

static void
build_url(struct campaign_plan *plan, struct plan_item *item, const char *campaign,
          const struct allowed_lists *lists, campaign_diags *tmp, struct convention_memo *memo,
          struct landing_memo *landings)
{
	const struct spec_placement *sp = item->sp;
	campaign_assignment *a = &item->pub;
	a->utm_source = apply_conventions(plan, item, sp->pub.source, UTM_SOURCE, sp->at[PF_SOURCE], lists, tmp, memo);
	a->utm_medium = apply_conventions(plan, item, sp->pub.medium, UTM_MEDIUM, sp->at[PF_MEDIUM], lists, tmp, memo);
	a->utm_campaign = campaign;
	a->utm_content = apply_conventions(plan, item, sp->pub.content, UTM_CONTENT, sp->at[PF_CONTENT], lists, tmp, memo);
	a->utm_term = apply_conventions(plan, item, sp->pub.term, UTM_TERM, sp->at[PF_TERM], lists, tmp, memo);
	if (!a->utm_source || !a->utm_medium || !a->utm_campaign)
		return;
	struct yaml_pos at;
	const char *landing = landing_of(plan, item, &at);
	if (!landing)
		return; /* reported by the loader */
	campaign_utm utm = CAMPAIGN_UTM_INIT;
	utm.source = a->utm_source;
	utm.medium = a->utm_medium;
	utm.campaign = a->utm_campaign;
	utm.id = plan->spec->utm_id;
	utm.term = a->utm_term;
	utm.content = a->utm_content;
	utm.source_platform = sp->pub.source_platform ? sp->pub.source_platform : plan->spec->utm_source_platform;
	utm.creative_format = sp->pub.creative_format ? sp->pub.creative_format : plan->spec->utm_creative_format;
	utm.marketing_tactic = sp->pub.marketing_tactic ? sp->pub.marketing_tactic : plan->spec->utm_marketing_tactic;
	utm.params = sp->pub.params;
	utm.param_count = sp->pub.param_count;
	/* The internal call: the loader has warned about the landing's host at its own node. */
	struct strbuf url;
	campaign__strbuf_init(&url, 0);
	const struct utm_landing *prepared = prepared_landing(landings, landing);
	int rc = prepared ? campaign__utm_build_landing(&url, prepared, &utm, tmp, NULL, 0, 0)
	                  : campaign__utm_build_at(&url, landing, &utm, tmp, NULL, 0, 0);
	if (rc) {
		campaign__strbuf_free(&url);
		relocate(plan, tmp, at, item, rc);
		return;
	}
	/* A rebuild gives most placements the URL the ledger has already: that text serves both. */
	const char *text = campaign__strbuf_cstr(&url);
	const struct ledger_entry *e = campaign__ledger_find(&plan->ledger, sp->pub.id);
	a->url = e && e->url && strcmp(e->url, text) == 0 ? e->url : campaign__plan_strdup(plan, text);
	campaign__strbuf_free(&url);
}

static int
cmp_by_url(const void *a, const void *b)
{
	const struct plan_item *x = *(const struct plan_item *const *)a;
	const struct plan_item *y = *(const struct plan_item *const *)b;
	int c = strcmp(x->pub.url, y->pub.url);
	if (c)
		return c;
	return x < y ? -1 : x > y;
}

static int
cmp_url_key(const void *key, const void *elem)
{
	const struct plan_item *item = *(const struct plan_item *const *)elem;
	return strcmp(key, item->pub.url);
}

/*
 * A placement that left the campaign still has its paper out there: while
 * its quarantine lasts (the phones' quarantine_days), a new placement with
 * its URL would be credited with the old paper's visits. sorted: the
 * current placements with a URL, by URL.
 */
static void
check_released(struct campaign_plan *plan, const struct plan_item **sorted, size_t n)
{
	const char **ids = campaign__plan_sorted_ids(plan);
	if (!ids)
		return;
	long quarantine = (long)plan->spec->phones.quarantine_days;
	for (size_t i = 0; i < plan->ledger.count; i++) {
		const struct ledger_entry *e = &plan->ledger.entries[i];
		if (!e->url || campaign__plan_has_id(plan, ids, e->id))
			continue;
		long released = e->released >= 0 ? e->released : plan->today; /* leaves now */
		if (released + quarantine <= plan->today)
			continue;
		const struct plan_item *const *hit = bsearch(e->url, sorted, n, sizeof(*sorted), cmp_url_key);
		if (!hit)
			continue;
		char until[11];
		campaign__date_format(released + quarantine, until);
		campaign__plan_error(plan, (*hit)->sp->at[PF_NODE], *hit, CAMPAIGN_EINVALID,
		                     "placement '%s' would get the URL of placement '%s', which left the "
		                     "campaign and is in quarantine until %s: visits from its paper would "
		                     "count for '%s'; give it a different source, medium, content or term, "
		                     "or keep the id '%s'", (*hit)->pub.placement->id, e->id, until,
		                     (*hit)->pub.placement->id, e->id);
	}
	free(ids);
}

/* Two placements with one URL could never be told apart in the analytics. */
static void
check_unique(struct campaign_plan *plan)
{
	const struct plan_item **sorted = malloc((plan->count + 1) * sizeof(*sorted));
	if (!sorted) {
		plan->status = CAMPAIGN_ENOMEM;
		return;
	}
	size_t n = 0;
	for (size_t i = 0; i < plan->count; i++)
		if (plan->items[i].pub.url)
			sorted[n++] = &plan->items[i];
	qsort(sorted, n, sizeof(*sorted), cmp_by_url);
	for (size_t i = 1; i < n; i++) {
		const struct plan_item *a = sorted[i - 1], *b = sorted[i];
		if (strcmp(a->pub.url, b->pub.url) == 0)
			campaign__plan_error(plan, b->sp->at[PF_NODE], b, CAMPAIGN_EINVALID,
			                     "placements '%s' and '%s' have the same URL %s; give them different "
			                     "source, medium, content or term", a->pub.placement->id,
			                     b->pub.placement->id, b->pub.url);
	}
	check_released(plan, sorted, n);
	free(sorted);
}

void
campaign__plan_urls(struct campaign_plan *plan)
{
	campaign_diags *tmp = NULL;
	if (campaign_diags_new(&tmp)) {
		plan->status = CAMPAIGN_ENOMEM;
		return;
	}
	/* One value for the whole campaign: checked once, not once per placement. */
	struct allowed_lists lists;
	normalize_allowed(plan, &lists, tmp);
	struct convention_memo memo = { { NULL }, { NULL } };
	const char *campaign = campaign_value(plan);
	if (campaign)
		campaign = apply_conventions(plan, NULL, campaign, UTM_CAMPAIGN,
		                             plan->spec->utm_campaign_at, &lists, tmp, &memo);
	struct landing_memo landings = { NULL, NULL };
	for (size_t i = 0; campaign && i < plan->count && plan->status != CAMPAIGN_ENOMEM; i++)
		build_url(plan, &plan->items[i], campaign, &lists, tmp, &memo, &landings);
	campaign__utm_landing_free(landings.landing);
	campaign_diags_free(tmp);
	check_unique(plan);
}
