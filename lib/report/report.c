/*
 * A report's rows and inputs: one row per placement of the plan, in its
 * order, made up front so that a placement nobody answered shows its zeros;
 * rows for withdrawn placements and shared tags as their first trace comes.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "core/options.h"
#include "core/versions.h"
#include "ids/hashtag_internal.h"
#include "ids/url.h"
#include "plan/plan_internal.h"
#include "report_cost.h"
#include "report_internal.h"
#include "text/textquote.h"
#include "util/strbuf.h"

static const campaign_report_options defaults = CAMPAIGN_REPORT_OPTIONS_INIT;

CAMPAIGN_API int
campaign_report_options_init(campaign_report_options *options, unsigned int version)
{
	return campaign__struct_init(options, version, &defaults, campaign__sizes_report_options,
	                             CAMPAIGN__VERSIONS(campaign__sizes_report_options));
}

const char *
campaign__report_keep(campaign_report *r, const char *s)
{
	return s ? campaign__arena_strdup(&r->strings, s) : NULL;
}

campaign_report_row *
campaign__report_row(campaign_report *r, size_t i)
{
	return &r->rows[i];
}

/* Adds a row under key; @return CAMPAIGN_OK or CAMPAIGN_ENOMEM. */
static int
add_row(campaign_report *r, const char *key, const campaign_report_row *row, size_t *index)
{
	if (r->row_count == r->row_cap) {
		size_t cap = r->row_cap ? r->row_cap * 2 : 64;
		campaign_report_row *rows = realloc(r->rows, cap * sizeof(*rows));
		if (!rows)
			return CAMPAIGN_ENOMEM;
		r->rows = rows;
		r->row_cap = cap;
	}
	int added;
	if (!campaign__str_map_insert(&r->row_of, key, strlen(key), r->row_count, &added))
		return CAMPAIGN_ENOMEM;
	r->rows[r->row_count] = *row;
	*index = r->row_count++;
	return CAMPAIGN_OK;
}

/* The row stored under key, made from `row` when there is none yet. */
static int
row_under(campaign_report *r, const char *key, const campaign_report_row *row, size_t *index)
{
	size_t *had = campaign__str_map_find(&r->row_of, key, strlen(key));
	if (had) {
		*index = *had;
		return CAMPAIGN_OK;
	}
	return add_row(r, key, row, index);
}

/* "p\037ID" and the like: a key no id can fake (ids have no control characters). */
static int
row_key(struct strbuf *key, char kind, const char *name)
{
	campaign__strbuf_reset(key);
	return campaign__strbuf_addc(key, kind) || (name && (campaign__strbuf_addc(key, '\037') ||
	                                                     campaign__strbuf_adds(key, name)));
}

int
campaign__report_tag_row(campaign_report *r, const char *event, size_t *index)
{
	struct strbuf key;
	campaign__strbuf_init(&key, 0);
	campaign_report_row row = { 0 };
	row.cost = -1;
	row.event = campaign__report_keep(r, event);
	int rc = (event && !row.event) || row_key(&key, event ? 'e' : 'c', event)
	                 ? CAMPAIGN_ENOMEM
	                 : row_under(r, campaign__strbuf_cstr(&key), &row, index);
	campaign__strbuf_free(&key);
	return rc;
}

/* utm_source or utm_medium of a URL (a withdrawn placement's, from the ledger). */
static const char *
url_param(campaign_report *r, const char *url, const char *name)
{
	struct url_param *params = NULL;
	size_t n = 0;
	const char *value = NULL;
	if (url && campaign__url_utm_params(url, &params, &n) == CAMPAIGN_OK) {
		for (size_t i = 0; i < n && !value; i++)
			if (strcmp(params[i].key, name) == 0)
				value = campaign__report_keep(r, params[i].value);
		campaign__url_params_free(params, n);
	}
	return value;
}

int
campaign__report_entry_row(campaign_report *r, const campaign_lookup_entry *e, size_t *index)
{
	struct strbuf key;
	campaign__strbuf_init(&key, 0);
	int rc = row_key(&key, 'p', e->id) ? CAMPAIGN_ENOMEM : CAMPAIGN_OK;
	size_t *had = rc ? NULL : campaign__str_map_find(&r->row_of, key.ptr, key.len);
	if (had) {
		*index = *had;
	} else if (rc == CAMPAIGN_OK) {
		campaign_report_row row = { 0 };
		row.cost = -1; /* a withdrawn placement's cost left the spec with it */
		row.placement = campaign__report_keep(r, e->id);
		row.event = campaign__report_keep(r, e->event);
		row.source = url_param(r, e->url, "utm_source");
		row.medium = url_param(r, e->url, "utm_medium");
		row.withdrawn = 1;
		rc = row.placement ? add_row(r, key.ptr, &row, index) : CAMPAIGN_ENOMEM;
	}
	campaign__strbuf_free(&key);
	return rc;
}

/*
 * Remembers which row a plan's hashtag counts for: its placement's, or,
 * when placements share it, their event's (all of one event) or the
 * campaign's.
 */
static int
note_tag(campaign_report *r, const campaign_assignment *a, size_t row)
{
	if (!a->hashtag)
		return CAMPAIGN_OK;
	char *key = campaign__hashtag_key(a->hashtag);
	if (!key)
		return CAMPAIGN_ENOMEM;
	int added;
	size_t *scope = campaign__str_map_insert(&r->tag_scope, key, strlen(key), row, &added);
	int rc = scope ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
	if (scope && !added) {
		const campaign_report_row *before = &r->rows[*scope];
		const char *event = a->event ? a->event->id : NULL;
		size_t shared = *scope;
		if (before->placement == NULL && before->event == NULL)
			; /* already the campaign's */
		else if (before->event && event && strcmp(before->event, event) == 0)
			rc = campaign__report_tag_row(r, before->event, &shared);
		else
			rc = campaign__report_tag_row(r, NULL, &shared);
		*scope = shared; /* still valid: tag rows are added to row_of, not to tag_scope */
	}
	free(key);
	return rc;
}

/*
 * One row per placement, in the plan's order; then the tags they share,
 * whose rows come after every placement's.
 */
static int
add_plan_rows(campaign_report *r)
{
	struct strbuf key;
	campaign__strbuf_init(&key, 0);
	int rc = CAMPAIGN_OK;
	size_t n = campaign_plan_count(r->plan);
	for (size_t i = 0; rc == CAMPAIGN_OK && i < n; i++) {
		const campaign_assignment *a = campaign_plan_get(r->plan, i);
		campaign_report_row row = { 0 };
		row.cost = campaign__report_cost_of(a->placement->cost, r->currency_digits);
		row.placement = campaign__report_keep(r, a->placement->id);
		row.event = a->event ? campaign__report_keep(r, a->event->id) : NULL;
		row.source = campaign__report_keep(r, a->utm_source);
		row.medium = campaign__report_keep(r, a->utm_medium);
		size_t index;
		if (!row.placement || !row.source || !row.medium || (a->event && !row.event) ||
		    row_key(&key, 'p', a->placement->id))
			rc = CAMPAIGN_ENOMEM;
		else
			rc = add_row(r, key.ptr, &row, &index);
	}
	for (size_t i = 0; rc == CAMPAIGN_OK && i < n; i++)
		rc = note_tag(r, campaign_plan_get(r->plan, i), i);
	campaign__strbuf_free(&key);
	return rc;
}

CAMPAIGN_API int
campaign_report_new(campaign_report **out, const campaign_plan *plan,
                    const campaign_report_options *options, campaign_diags *diags)
{
	*out = NULL;
	campaign_report_options opts;
	if (CAMPAIGN__OPTIONS_TAKE(&opts, options, &defaults, campaign__sizes_report_options,
	                           "campaign_report_options", diags))
		return CAMPAIGN_EINVALID;
	if (!plan) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "campaign_report_new: the plan must not be NULL");
		return CAMPAIGN_EINVALID;
	}
	if (opts.utc_offset_minutes < -840 || opts.utc_offset_minutes > 840) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "campaign_report_options: utc_offset_minutes must be -840 to 840 "
		                   "(UTC-14:00 to UTC+14:00), not %d", opts.utc_offset_minutes);
		return CAMPAIGN_EINVALID;
	}
	campaign_report *r = calloc(1, sizeof(*r));
	if (!r)
		return CAMPAIGN_ENOMEM;
	r->plan = plan;
	r->opts = opts;
	r->currency = campaign_spec_currency(plan->spec, &r->currency_digits);
	campaign__str_map_init(&r->row_of);
	campaign__str_map_init(&r->tag_scope);
	campaign__str_map_init(&r->raw_visit_cache);
	campaign__str_map_init(&r->visit_cache);
	campaign__str_map_init(&r->call_cache);
	campaign__str_map_init(&r->callers);
	campaign__str_map_init(&r->people);
	int rc = campaign_lookup_from_plan(&r->lookup, plan);
	if (rc == CAMPAIGN_OK)
		rc = add_plan_rows(r);
	if (rc) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, rc, NULL, 0, 0,
		                   "cannot start the report: %s", campaign_strerror(rc));
		campaign_report_free(r);
		return rc;
	}
	*out = r;
	return CAMPAIGN_OK;
}

CAMPAIGN_API void
campaign_report_free(campaign_report *r)
{
	if (!r)
		return;
	campaign_lookup_free(r->lookup);
	free(r->rows);
	campaign__str_map_free(&r->row_of);
	campaign__str_map_free(&r->tag_scope);
	campaign__str_map_free(&r->raw_visit_cache);
	campaign__str_map_free(&r->visit_cache);
	campaign__str_map_free(&r->call_cache);
	campaign__str_map_free(&r->callers);
	campaign__report_repeat_calls_free(r);
	campaign__report_people_free(r);
	for (size_t i = 0; i < r->input_count; i++)
		free(r->inputs[i]);
	free(r->inputs);
	campaign__arena_free(&r->strings);
	free(r);
}

CAMPAIGN_API size_t
campaign_report_row_count(const campaign_report *r)
{
	return r ? r->row_count : 0;
}

CAMPAIGN_API const campaign_report_row *
campaign_report_row_get(const campaign_report *r, size_t i)
{
	return r && i < r->row_count ? &r->rows[i] : NULL;
}

void
campaign__report_counts_add(campaign_report_counts *a, const campaign_report_counts *b)
{
	a->visits += b->visits;
	a->scans += b->scans;
	a->calls += b->calls;
	a->callers += b->callers;
	a->answered += b->answered;
	a->target_calls += b->target_calls;
	a->posts += b->posts;
	a->conversions += b->conversions;
	for (int m = 0; m < CAMPAIGN_ATTRIBUTION_MODEL_COUNT; m++)
		a->credit[m] += b->credit[m];
}

CAMPAIGN_API const char *
campaign_report_currency(const campaign_report *r, int *digits)
{
	if (digits)
		*digits = r && r->currency ? r->currency_digits : 0;
	return r ? r->currency : NULL;
}

CAMPAIGN_API void
campaign_report_totals(const campaign_report *r, campaign_report_counts *t)
{
	memset(t, 0, sizeof(*t));
	for (size_t i = 0; r && i < r->row_count; i++)
		campaign__report_counts_add(t, &r->rows[i].counts);
}

struct report_input_state *
campaign__report_input_new(campaign_report *r, const char *path, campaign_trace_format format)
{
	if (r->input_count == r->input_cap) {
		size_t cap = r->input_cap ? r->input_cap * 2 : 8;
		struct report_input_state **inputs = realloc(r->inputs, cap * sizeof(*inputs));
		if (!inputs)
			return NULL;
		r->inputs = inputs;
		r->input_cap = cap;
	}
	struct report_input_state *in = calloc(1, sizeof(*in));
	if (!in || !(in->pub.path = campaign__report_keep(r, path))) {
		free(in);
		return NULL;
	}
	in->pub.format = format;
	in->pub.how = "";
	in->pub.problems = in->problems;
	r->inputs[r->input_count++] = in;
	return in;
}

void
campaign__report_skip(campaign_report *r, struct report_input_state *in, unsigned long line,
                      const char *fmt, ...)
{
	in->pub.skipped++;
	if (in->pub.problem_count >= REPORT_PROBLEMS_KEPT)
		return;
	char reason[256], safe[300];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(reason, sizeof(reason), fmt, ap);
	va_end(ap);
	/* Reasons quote the file's text: printable, valid UTF-8, however it was cut. */
	const char *kept = campaign__report_keep(r, campaign__quote_into(safe, sizeof(safe), reason, 200));
	campaign_report_problem *p = &in->problems[in->pub.problem_count++];
	p->line = line;
	p->reason = kept ? kept : "out of memory for the reason";
}

CAMPAIGN_API size_t
campaign_report_input_count(const campaign_report *r)
{
	return r ? r->input_count : 0;
}

CAMPAIGN_API const campaign_report_input *
campaign_report_input_get(const campaign_report *r, size_t i)
{
	return r && i < r->input_count ? &r->inputs[i]->pub : NULL;
}
