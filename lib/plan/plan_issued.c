/*
 * What was issued stays issued. Once a placement's identifiers are in the
 * ledger they are on paper, so no edit of the spec may change them
 * silently: not a new name (and the slug made from it), landing, UTM value,
 * convention or pool order. Numbers and hashtags are kept by their own
 * stages; this one guards the campaign's slug and every issued URL, and
 * turns a reissue asked for on purpose into released old issues, which
 * stay on record, and new ones.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "ids/url.h"
#include "plan/plan_internal.h"
#include "spec/spec_load.h"
#include "util/date.h"
#include "util/lookalike.h"
#include "util/strbuf.h"
#include "util/suggest.h"
#include "util/utf8.h"

static int
cmp_items(const void *a, const void *b)
{
	const struct plan_item *x = *(struct plan_item *const *)a, *y = *(struct plan_item *const *)b;
	return strcmp(x->pub.placement->id, y->pub.placement->id);
}

static int
cmp_item_key(const void *key, const void *elem)
{
	return strcmp(key, (*(struct plan_item *const *)elem)->pub.placement->id);
}

static void
unknown_reissue(struct campaign_plan *plan, const char *id)
{
	struct suggester near;
	campaign__suggester_init(&near, id);
	for (size_t i = 0; i < plan->count; i++)
		campaign__suggester_offer(&near, plan->items[i].pub.placement->id);
	const char *hint = campaign__suggester_best(&near);
	char note[128]; /* a look-alike letter reads as the right id: name it */
	campaign__nonascii_note(id, note, sizeof(note));
	campaign_diags_add(plan->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
	                   "--reissue: no placement '%.*s'%s in %s%s%s%s",
	                   CAMPAIGN__UTF8_CUT(id, 64), note,
	                   plan->spec->file ? plan->spec->file : "the spec", hint ? "; did you mean '" : "",
	                   hint ? hint : "", hint ? "'?" : "");
	if (plan->status == CAMPAIGN_OK)
		plan->status = CAMPAIGN_EINVALID;
}

/* Releases item's current issue today; the stages then give it new identifiers. */
static void
reissue(struct campaign_plan *plan, struct plan_item *item, const char *asked_by)
{
	struct ledger_entry *e = campaign__ledger_find(&plan->ledger, item->pub.placement->id);
	if (!e) {
		campaign__plan_warning(plan, item->sp->at[PF_NODE], item,
		                       "%s: nothing was issued to '%s' yet, so nothing is reissued", asked_by,
		                       item->pub.placement->id);
		return;
	}
	item->reissue = 1;
	if (e->released < 0 && campaign__plan_clock_allows_release(plan, e))
		e->released = plan->today;
}

void
campaign__plan_reissue(struct campaign_plan *plan, const campaign_plan_options *opts)
{
	if (opts->reissue_count) {
		/* By id, so a long list costs a search each, not a scan of the campaign. */
		struct plan_item **by_id = malloc(plan->count * sizeof(*by_id) + 1);
		if (!by_id) {
			plan->status = CAMPAIGN_ENOMEM;
			return;
		}
		for (size_t i = 0; i < plan->count; i++)
			by_id[i] = &plan->items[i];
		qsort(by_id, plan->count, sizeof(*by_id), cmp_items);
		for (size_t k = 0; k < opts->reissue_count; k++) {
			const char *id = opts->reissue[k] ? opts->reissue[k] : "";
			struct plan_item **hit = bsearch(id, by_id, plan->count, sizeof(*by_id), cmp_item_key);
			if (!hit)
				unknown_reissue(plan, id);
			else if (!(*hit)->reissue)
				reissue(plan, *hit, "--reissue");
		}
		free(by_id);
	}
	for (size_t i = 0; i < plan->count; i++) {
		struct plan_item *item = &plan->items[i];
		long day = campaign__spec_entry(item->sp)->reissue_day;
		if (day < 0 || item->reissue)
			continue;
		const struct ledger_entry *e = campaign__ledger_find(&plan->ledger, item->pub.placement->id);
		/* Once: an issue made on or after the day is the one asked for. */
		if (e && e->issued < day && day <= plan->today)
			reissue(plan, item, "'reissue'");
	}
}

/* The slug names the campaign in its URLs and in a shared registry: it must not drift. */
static int
check_slug(struct campaign_plan *plan)
{
	const struct campaign_spec *spec = plan->spec;
	const char *issued = plan->ledger.campaign;
	if (!issued || !spec->slug || strcmp(issued, spec->slug) == 0)
		return 0;
	/*
	 * Without utm.campaign the issued URLs carry a value made from the old
	 * name, which a slug alone may not make again ("People's" and
	 * "people-s"): the value issued, from the ledger, keeps them all.
	 */
	char utm_line[200] = "";
	for (size_t i = 0; !spec->utm_campaign && i < plan->ledger.count && !utm_line[0]; i++) {
		const struct ledger_entry *e = &plan->ledger.entries[i];
		struct url_param *params = NULL;
		size_t n = 0;
		if (!e->url || campaign__url_utm_params(e->url, &params, &n))
			continue;
		for (size_t k = 0; k < n; k++)
			if (strcmp(params[k].key, "utm_campaign") == 0)
				snprintf(utm_line, sizeof(utm_line), " and 'utm: { campaign: %.*s }'",
				         CAMPAIGN__UTF8_CUT(params[k].value, 64));
		campaign__url_params_free(params, n);
	}
	if (!spec->slug_given) {
		campaign__plan_error(plan, spec->name_at, NULL, CAMPAIGN_EINVALID,
		                     "the slug made from this name is '%s', but this campaign's identifiers "
		                     "were issued as '%s' (%s): a new slug would change every issued URL. "
		                     "Keep it: add 'slug: %s'%s under campaign:",
		                     spec->slug, issued, plan->ledger_path, issued, utm_line);
		/* The same words fit a second campaign pointed at the first one's ledger. */
		campaign_diags_add(plan->diags, CAMPAIGN_SEVERITY_NOTE, CAMPAIGN_OK, spec->file,
		                   spec->name_at.line, spec->name_at.column,
		                   "if this is another campaign, not '%s' renamed, give it a ledger of its "
		                   "own; campaigns share a pool of numbers through a registry "
		                   "(campaign-spec(5), REGISTRY)", issued);
	} else
		campaign__plan_error(plan, spec->slug_at, NULL, CAMPAIGN_EINVALID,
		                     "this campaign's ledger (%s) was issued to campaign '%s', not '%s': "
		                     "write 'slug: %s' back, or give this campaign a ledger of its own "
		                     "('ledger: %s.ledger'). To rename the campaign on purpose, change the "
		                     "ledger's '# campaign:' line too",
		                     plan->ledger_path, issued, spec->slug, issued, spec->slug);
	return -1;
}

/* The value of key in u, or NULL. */
static const char *
param(const struct url *u, const char *key)
{
	for (size_t i = 0; i < u->param_count; i++)
		if (strcmp(u->params[i].key, key) == 0)
			return u->params[i].value ? u->params[i].value : "";
	return NULL;
}

/* The spec line that brings back an issued utm_* value. */
static void
fix_for(struct strbuf *fix, const char *key, const char *old)
{
	static const struct {
		const char *key;
		const char *before, *after; /* around the old value */
	} fixes[] = {
		{ "utm_campaign", "'utm: { campaign: ", " }' under campaign:" },
		{ "utm_id", "'utm: { id: ", " }' under campaign:" },
		{ "utm_source", "'source: ", "' in the placement" },
		{ "utm_medium", "'medium: ", "' in the placement" },
		{ "utm_content", "'content: ", "' in the placement" },
		{ "utm_term", "'term: ", "' in the placement" },
		{ "utm_source_platform", "'source_platform: ", "' in the placement" },
		{ "utm_creative_format", "'creative_format: ", "' in the placement" },
		{ "utm_marketing_tactic", "'marketing_tactic: ", "' in the placement" },
	};
	for (size_t i = 0; i < sizeof(fixes) / sizeof(fixes[0]); i++)
		if (strcmp(fixes[i].key, key) == 0) {
			campaign__strbuf_addf(fix, "%s%s%s", fixes[i].before, old, fixes[i].after);
			return;
		}
	campaign__strbuf_addf(fix, "'params: { %s: %s }' in the placement", key, old);
}

/* Where the issued URL and the new one part: a sentence of what changed and what restores it. */
static int
describe(struct strbuf *what, struct strbuf *fix, const char *issued, const char *now)
{
	struct url a, b;
	struct url_error err;
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	if (campaign__url_parse(&a, issued, &err) || campaign__url_parse(&b, now, &err)) {
		campaign__url_free(&a);
		campaign__url_free(&b);
		return campaign__strbuf_adds(what, "the URL changes");
	}
	int parts = 0;
	if (strcmp(a.scheme, b.scheme) || strcmp(a.host ? a.host : "", b.host ? b.host : "") ||
	    strcmp(a.port ? a.port : "", b.port ? b.port : "") || strcmp(a.path, b.path)) {
		campaign__strbuf_addf(what, "its landing changes from %s://%s%s to %s://%s%s", a.scheme,
		                      a.host ? a.host : "", a.path, b.scheme, b.host ? b.host : "", b.path);
		campaign__strbuf_addf(fix, "'landing: %s://%s%s' where the landing is set", a.scheme,
		                      a.host ? a.host : "", a.path);
		parts++;
	}
	/* Every key of either URL, once: the issued one's first. */
	for (int side = 0; side < 2; side++) {
		const struct url *u = side ? &b : &a;
		for (size_t i = 0; i < u->param_count; i++) {
			const char *key = u->params[i].key;
			if (side && param(&a, key))
				continue;
			const char *old_raw = param(&a, key), *new_raw = param(&b, key);
			if (old_raw && new_raw && strcmp(old_raw, new_raw) == 0)
				continue;
			/* Values as the spec writes them, not percent-encoded. */
			struct strbuf old_text, new_text;
			campaign__strbuf_init(&old_text, 4096);
			campaign__strbuf_init(&new_text, 4096);
			if (old_raw)
				campaign__url_decode(&old_text, old_raw, strlen(old_raw), 0);
			if (new_raw)
				campaign__url_decode(&new_text, new_raw, strlen(new_raw), 0);
			const char *old = old_raw ? campaign__strbuf_cstr(&old_text) : NULL;
			const char *new = new_raw ? campaign__strbuf_cstr(&new_text) : NULL;
			if (old && new && strcmp(old, new) == 0) {
				/* "'gate_b' -> 'gate_b'" said nothing: the value is kept, its escaping is not. */
				campaign__strbuf_addf(what, "%s%s is '%s' in both, escaped otherwise ('%s' "
				                      "issued, '%s' now: the ledger was edited, or written "
				                      "by a version that escaped it so)", parts ? "; " : "",
				                      key, old, old_raw, new_raw);
				campaign__strbuf_free(&old_text);
				campaign__strbuf_free(&new_text);
				parts++;
				continue;
			}
			campaign__strbuf_addf(what, "%s%s %s%s%s -> %s%s%s", parts ? "; " : "", key,
			                      old ? "'" : "", old ? old : "(none)", old ? "'" : "",
			                      new ? "'" : "", new ? new : "(none)", new ? "'" : "");
			if (old) {
				campaign__strbuf_adds(fix, fix->len ? ", " : "");
				fix_for(fix, key, old);
			}
			campaign__strbuf_free(&old_text);
			campaign__strbuf_free(&new_text);
			parts++;
		}
	}
	if (!parts)
		campaign__strbuf_adds(what, "its query changes order or form");
	campaign__url_free(&a);
	campaign__url_free(&b);
	return what->status;
}

struct changed {
	const struct plan_item *item;
	const char *issued;
};

struct keyed {
	const char *key;
	size_t index; /* into the list of changed placements, in spec order */
};

static int
cmp_keyed(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	return c ? c : (x->index > y->index) - (x->index < y->index);
}

static int
cmp_key_only(const void *a, const void *b)
{
	return strcmp(((const struct keyed *)a)->key, ((const struct keyed *)b)->key);
}

/* Placements whose URLs change the same way are one problem, reported once. */
static void
report(struct campaign_plan *plan, struct changed *list, size_t n)
{
	struct strbuf what, fix, ids;
	campaign__strbuf_init(&what, 4096);
	campaign__strbuf_init(&fix, 4096);
	campaign__strbuf_init(&ids, 4096);
	describe(&what, &fix, list[0].issued, list[0].item->pub.url);
	size_t shown = n < 8 ? n : 8;
	for (size_t i = 0; i < shown; i++)
		campaign__strbuf_addf(&ids, "%s%s", i ? "," : "", list[i].item->pub.placement->id);
	if (what.status == CAMPAIGN_ENOMEM || fix.status == CAMPAIGN_ENOMEM ||
	    ids.status == CAMPAIGN_ENOMEM) {
		plan->status = CAMPAIGN_ENOMEM;
	} else {
		char more[48] = "";
		if (n > shown)
			snprintf(more, sizeof(more), " and %zu more", n - shown);
		campaign__plan_error(
		        plan, list[0].item->sp->at[PF_NODE], n == 1 ? list[0].item : NULL, CAMPAIGN_EINVALID,
		        "the URL issued to %s%s would change: %s (issued %s, now %s). %s%s%seissue on "
		        "purpose: --reissue %s%s (the old URL stays on record)",
		        campaign__strbuf_cstr(&ids), more, campaign__strbuf_cstr(&what), list[0].issued,
		        list[0].item->pub.url, fix.len ? "Keep it: write " : "", campaign__strbuf_cstr(&fix),
		        fix.len ? ", or r" : "R", campaign__strbuf_cstr(&ids), n > shown ? ",..." : "");
	}
	campaign__strbuf_free(&what);
	campaign__strbuf_free(&fix);
	campaign__strbuf_free(&ids);
}

/* What changed, as a key: placements with the same key are reported together. */
static char *
change_key(const struct changed *c)
{
	struct strbuf what, fix;
	campaign__strbuf_init(&what, 4096);
	campaign__strbuf_init(&fix, 4096);
	describe(&what, &fix, c->issued, c->item->pub.url);
	campaign__strbuf_free(&fix);
	return what.status == CAMPAIGN_OK ? campaign__strbuf_detach(&what, NULL) : NULL;
}

void
campaign__plan_check_issued(struct campaign_plan *plan)
{
	if (check_slug(plan))
		return;
	struct changed *list = malloc((plan->count + 1) * sizeof(*list));
	char **keys = calloc(plan->count + 1, sizeof(*keys));
	unsigned char *done = calloc(plan->count + 1, 1);
	if (!list || !keys || !done) {
		plan->status = CAMPAIGN_ENOMEM;
		goto out;
	}
	size_t n = 0;
	for (size_t i = 0; i < plan->count; i++) {
		const struct plan_item *item = &plan->items[i];
		const struct ledger_entry *e = campaign__ledger_find(&plan->ledger, item->pub.placement->id);
		if (item->reissue || !e || e->released >= 0 || !e->url || !item->pub.url ||
		    strcmp(e->url, item->pub.url) == 0)
			continue;
		list[n].item = item;
		list[n].issued = e->url;
		if (!(keys[n] = change_key(&list[n]))) {
			plan->status = CAMPAIGN_ENOMEM;
			goto out;
		}
		n++;
	}
	/*
	 * Grouped by what changed, sorted so that it takes n log n however many
	 * kinds of change there are; each group reported at its first placement.
	 */
	struct keyed *order = malloc((n + 1) * sizeof(*order));
	struct changed *group = malloc((n + 1) * sizeof(*group));
	if (!order || !group) {
		plan->status = CAMPAIGN_ENOMEM;
		free(order);
		free(group);
		goto out;
	}
	for (size_t i = 0; i < n; i++)
		order[i] = (struct keyed){ keys[i], i };
	qsort(order, n, sizeof(*order), cmp_keyed);
	/* A group's first placement is where it is reported, in spec order. */
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && strcmp(order[j].key, order[i].key) == 0)
			j++;
		done[order[i].index] = 1; /* sorted by index within a key: the group's first */
		i = j;
	}
	for (size_t i = 0; i < n; i++) {
		if (!done[i])
			continue;
		size_t m = 0;
		struct keyed probe = { keys[i], 0 };
		struct keyed *at = bsearch(&probe, order, n, sizeof(*order), cmp_key_only);
		while (at > order && strcmp(at[-1].key, keys[i]) == 0)
			at--;
		for (; at < order + n && strcmp(at->key, keys[i]) == 0; at++)
			group[m++] = list[at->index];
		report(plan, group, m);
	}
	free(order);
	free(group);
out:
	for (size_t i = 0; keys && i < plan->count; i++)
		free(keys[i]);
	free(keys);
	free(done);
	free(list);
}
