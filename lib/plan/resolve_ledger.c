/*
 * campaign_lookup_from_ledger(): a URL query answered from the spec's
 * ledger, without planning every placement (issue 16: a plan of a million
 * placements was 70 % of `campaign resolve`).
 *
 * The ledger is what was printed, and a plan keeps what was printed: a
 * placement with a current issue gets the issued URL again, or the plan
 * fails ("the URL issued to ... would change"). So when every placement
 * of the spec has a current issue, none is reissued and none left the
 * spec, the plan's URLs are the ledger's, and the query is matched
 * against the ledger's URLs by campaign_lookup_find() itself. Everything
 * else the answer shows is worked out for the one placement found, by the
 * plan's own rules: its URL made again and compared (a changed spec is
 * the full plan's error to report), its event from the spec, its hashtag
 * as the hashtag stage keeps an issued one.
 *
 * Whenever any of that does not hold, or anything was said on the way (a
 * damaged ledger, a clock behind it, an event already past, a warning
 * about the ledger's name), there is no answer here and the caller plans
 * the spec, which says it. Phone numbers, short links and a shared
 * registry are left to the plan too: their stages decide more than the
 * ledger records. So are a URL no issue has (a changed spec may make it,
 * or the plan refuses the change) and a spec that names a taken hashtags
 * list (a file the plan reads, and fails on when it cannot).
 */
#include <stdlib.h>
#include <string.h>

#include "campaign/resolve.h"
#include "campaign/status.h"
#include "core/clock.h"
#include "core/options.h"
#include "core/versions.h"
#include "ids/id_query.h"
#include "plan/ledger_clock.h"
#include "plan/plan_internal.h"
#include "plan/resolve_internal.h"
#include "util/date.h"

/* What the fast path works with: a plan of the one placement found, on the whole ledger. */
struct fast {
	const struct campaign_spec *spec;
	struct campaign_plan *plan;
	campaign_diags *said; /* anything in it sends the query to the full plan */
	long today;
};

/* An event already past: the plan warns about it, so the full plan answers. */
static int
has_past_event(const struct campaign_spec *spec, long today)
{
	for (size_t i = 0; i < spec->event_count; i++) {
		long day;
		const char *date = spec->events[i].pub.date;
		if (date && campaign__date_parse(date, &day) == 0 && day < today)
			return 1;
	}
	return 0;
}

/* Whether the plan would reissue this placement today (its `reissue:` day has come). */
static int
reissue_due(const struct spec_placement *sp, const struct ledger_entry *e, long today)
{
	long day = campaign__spec_entry(sp)->reissue_day;
	return day >= 0 && e->issued < day && day <= today;
}

/* A current issue for the placement, not due for a reissue: what the plan keeps as it is. */
static int
kept_as_issued(const struct spec_placement *sp, const struct ledger_entry *e, long today)
{
	return e && e->released < 0 && e->url && !reissue_due(sp, e, today);
}

/* Placement ids in ascending order, as a table's generated ids most often are. */
static int
ids_ascending(const struct campaign_spec *spec)
{
	for (size_t i = 1; i < spec->placement_count; i++)
		if (strcmp(spec->placements[i - 1].pub.id, spec->placements[i].pub.id) >= 0)
			return 0;
	return 1;
}

/*
 * Every placement keeps its issue, and every current issue is a
 * placement's: the plan's URLs are then the ledger's current ones. Walked
 * side by side when both are in id order (a search each took a tenth of a
 * plan), else a search each.
 */
static int
ledger_covers_spec(const struct fast *f)
{
	const struct ledger *l = &f->plan->ledger;
	size_t current = 0;
	for (size_t i = 0; i < l->count; i++) {
		if (l->entries[i].short_code)
			return 0; /* short links: the plan's stage, with the codes of every issue */
		current += l->entries[i].released < 0;
	}
	if (current != f->spec->placement_count)
		return 0;
	int walk = l->sorted == l->count && ids_ascending(f->spec);
	size_t j = 0;
	for (size_t i = 0; i < f->spec->placement_count; i++) {
		const struct spec_placement *sp = &f->spec->placements[i];
		const struct ledger_entry *e = NULL;
		if (walk) {
			/* The last issue of the id is its current one, as campaign__ledger_find() has it. */
			while (j < l->count && strcmp(l->entries[j].id, sp->pub.id) < 0)
				j++;
			while (j < l->count && strcmp(l->entries[j].id, sp->pub.id) == 0)
				e = &l->entries[j++];
		} else {
			e = campaign__ledger_find(l, sp->pub.id);
		}
		if (!kept_as_issued(sp, e, f->today))
			return 0;
	}
	return 1;
}

/*
 * The ledger's issues that have a URL, as a lookup: campaign_lookup_find()
 * on it matches the query exactly as it would on the plan's lookup, whose
 * URLs these are (ledger_covers_spec()).
 */
static campaign_lookup *
issued_lookup(const struct ledger *l)
{
	campaign_lookup *issued = calloc(1, sizeof(*issued));
	if (!issued || !(issued->items = calloc(l->count + 1, sizeof(*issued->items)))) {
		free(issued);
		return NULL;
	}
	for (size_t i = 0; i < l->count; i++) {
		const struct ledger_entry *e = &l->entries[i];
		if (!e->url)
			continue;
		campaign_lookup_entry *pub = &issued->items[issued->count++].pub;
		pub->id = e->id;
		pub->url = e->url;
		pub->released = e->released >= 0 ? "released" : NULL; /* only whether it is */
		pub->reissued = e->released >= 0 && !campaign__ledger_is_current(l, e);
	}
	return issued;
}

/*
 * The one current issue the query names, or NULL: none, several, or a
 * released one among them (the plan's lookup orders and notes those).
 * A URL no issue has is the plan's too: after a change to the spec (a
 * rows CSV value, `landing:`) the plan makes it, or refuses the change
 * ("the URL issued to ... would change"), where the ledger knows nothing.
 * *rc: CAMPAIGN_ENOMEM when out of memory.
 */
static const struct ledger_entry *
named_issue(const struct fast *f, const char *query, int *rc)
{
	campaign_lookup *issued = issued_lookup(&f->plan->ledger);
	if (!issued) {
		*rc = CAMPAIGN_ENOMEM;
		return NULL;
	}
	const campaign_lookup_entry *hit = NULL;
	size_t count = 0;
	int found = campaign_lookup_find(&hit, 1, &count, NULL, issued, query, f->said);
	if (found == CAMPAIGN_ENOMEM)
		*rc = CAMPAIGN_ENOMEM;
	const char *id = found == CAMPAIGN_OK && count == 1 && !hit->released ? hit->id : NULL;
	campaign_lookup_free(issued);
	return id ? campaign__ledger_find(&f->plan->ledger, id) : NULL;
}

/*
 * The hashtag the plan's hashtag stage keeps for the placement, or NULL
 * when it would make one (then the full plan answers). Scope placement:
 * its own issue's. Scope event: the first tag the ledger gave any
 * placement of its event, in the ledger's order, as plan_hashtags.c reads it;
 * a placement issued another tag of its own keeps it there, with a warning,
 * so the plan answers that one.
 */
static const char *
kept_hashtag(const struct fast *f, const struct plan_item *item, const struct ledger_entry *issue)
{
	if (f->spec->hashtag.scope == HASHTAG_SCOPE_PLACEMENT)
		return issue->hashtag;
	const struct ledger *l = &f->plan->ledger;
	size_t owner = campaign__plan_tag_owner(f->plan, item->pub.event);
	for (size_t i = 0; i < l->count; i++)
		if (l->entries[i].hashtag && campaign__plan_ledger_tag_owner(f->plan, &l->entries[i]) == owner)
			return !issue->hashtag || strcmp(issue->hashtag, l->entries[i].hashtag) == 0
			               ? l->entries[i].hashtag : NULL;
	return NULL;
}

/* The placement of the spec with this id, as the plan's one item; 0 when there is none. */
static int
plan_the_placement(struct fast *f, const char *id)
{
	const struct campaign_spec *spec = f->spec;
	struct campaign_plan *plan = f->plan;
	for (size_t i = 0; i < spec->placement_count; i++) {
		if (strcmp(spec->placements[i].pub.id, id) != 0)
			continue;
		struct plan_item *item = &plan->items[0];
		item->sp = &spec->placements[i];
		item->pub.placement = &item->sp->pub;
		item->pub.event = campaign_spec_find_event(spec, item->pub.placement->event);
		item->wants_phone = item->pub.placement->phone;
		plan->count = 1;
		return 1;
	}
	return 0;
}

/* The answer, in a lookup of its own that owns every string: the one placement found. */
static int
answer(campaign_lookup **out, const struct fast *f, const struct plan_item *item,
       const struct ledger_entry *issue, const char *hashtag)
{
	campaign_lookup *l = calloc(1, sizeof(*l));
	if (!l || !(l->items = calloc(1, sizeof(*l->items)))) {
		free(l);
		return CAMPAIGN_ENOMEM;
	}
	/* As campaign_lookup_from_plan() has them, though no phone is asked here. */
	campaign__lookup_take_phone_rules(l, f->spec);
	l->count = 1;
	campaign_lookup_entry *e = &l->items[0].pub;
	const char *event = item->pub.placement->event;
	e->id = campaign__arena_strdup(&l->arena, issue->id);
	e->event = event ? campaign__arena_strdup(&l->arena, event) : NULL;
	e->url = campaign__arena_strdup(&l->arena, issue->url);
	e->hashtag = hashtag ? campaign__arena_strdup(&l->arena, hashtag) : NULL;
	if (!e->id || (event && !e->event) || !e->url || (hashtag && !e->hashtag) ||
	    campaign__lookup_index_codes(l)) {
		campaign_lookup_free(l);
		return CAMPAIGN_ENOMEM;
	}
	*out = l;
	return CAMPAIGN_OK;
}

/* After the ledger is read: the checks and the answer. */
static int
answer_from_ledger(campaign_lookup **out, struct fast *f, const char *query)
{
	struct campaign_plan *plan = f->plan;
	const struct ledger *l = &plan->ledger;
	const char *slug = f->spec->slug;
	if (campaign_diags_count(f->said) || (l->campaign && slug && strcmp(l->campaign, slug) != 0) ||
	    !ledger_covers_spec(f))
		return CAMPAIGN_OK;
	int rc = CAMPAIGN_OK;
	const struct ledger_entry *issue = named_issue(f, query, &rc);
	if (!issue || !plan_the_placement(f, issue->id))
		return rc;
	const struct plan_item *item = &plan->items[0];
	/* A number is the phone stage's to give, keep or take back. */
	if (item->wants_phone || issue->phone)
		return CAMPAIGN_OK;
	/* Every placement has a tag (`from:` has a default): one not kept is made by the stage. */
	const char *hashtag = kept_hashtag(f, item, issue);
	if (!hashtag)
		return CAMPAIGN_OK;
	/* Its URL made again by the plan's own stage: a changed spec is the plan's error to report. */
	campaign__plan_urls(plan);
	if (plan->status == CAMPAIGN_ENOMEM)
		return CAMPAIGN_ENOMEM;
	if (plan->status || campaign_diags_count(f->said) || !item->pub.url ||
	    strcmp(item->pub.url, issue->url) != 0)
		return CAMPAIGN_OK;
	return answer(out, f, item, issue, hashtag);
}

/* What the plan reads first: its options, its clock, its ledger. @return 1 to go on. */
static int
read_like_the_plan(struct fast *f, const campaign_plan_options *opts, int *rc)
{
	static const campaign_plan_options defaults = CAMPAIGN_PLAN_OPTIONS_INIT;
	campaign_plan_options o;
	int64_t now;
	char *registry = NULL;
	if (CAMPAIGN__OPTIONS_TAKE(&o, opts, &defaults, campaign__sizes_plan_options,
	                           "campaign_plan_options", f->said) ||
	    campaign__clock_take(o.now, &now, f->said) || o.reissue_count)
		return 0;
	f->today = campaign__date_from_epoch(now);
	if ((*rc = campaign__registry_path_for(f->spec, o.registry_path, &registry)) || registry) {
		free(registry);
		return 0;
	}
	/*
	 * Every file the plan reads besides the ledger (the registry, above;
	 * the taken hashtags list) is the plan's to read: one missing or
	 * damaged fails it, whatever the one placement needs.
	 */
	if (f->spec->hashtag.taken || f->spec->shortlink.base || has_past_event(f->spec, f->today))
		return 0;
	struct campaign_plan *plan = f->plan;
	plan->spec = f->spec;
	plan->diags = f->said;
	plan->today = f->today;
	char *path = campaign__ledger_path_for(f->spec, o.ledger_path, f->said);
	if (!path) {
		*rc = CAMPAIGN_ENOMEM;
		return 0;
	}
	const char *raise = f->spec->record_limits_raisable ? "ledger-bytes=N" : NULL;
	int read = campaign__ledger_read(&plan->ledger, path,
	                                 campaign__plan_record_limit(f->spec, "ledger", NULL), raise,
	                                 f->said);
	if (read == CAMPAIGN_OK)
		read = campaign__ledger_check_clock(&plan->ledger, plan->today, path, f->said);
	free(path);
	if (read == CAMPAIGN_ENOMEM)
		*rc = read;
	return read == CAMPAIGN_OK;
}

int
campaign_lookup_from_ledger(campaign_lookup **out, const campaign_spec *spec,
                            const campaign_plan_options *opts, const char *query,
                            campaign_diags *diags)
{
	/* Only misuse is said here: whatever else is wrong, the full plan says. */
	if (!out) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "campaign_lookup_from_ledger: no place for the lookup given");
		return CAMPAIGN_EINVALID;
	}
	*out = NULL;
	struct id_query q;
	int read = spec && query ? campaign__id_query_read(&q, query) : CAMPAIGN_EINVALID;
	if (read != CAMPAIGN_OK)
		return read == CAMPAIGN_ENOMEM ? read : CAMPAIGN_OK;
	int is_url = q.kind == ID_QUERY_URL;
	campaign__id_query_free(&q);
	if (!is_url)
		return CAMPAIGN_OK;
	struct fast f = { .spec = spec };
	int rc = campaign_diags_new(&f.said);
	f.plan = rc ? NULL : calloc(1, sizeof(*f.plan));
	if (f.plan)
		f.plan->items = calloc(1, sizeof(*f.plan->items));
	if (!f.plan || !f.plan->items)
		rc = CAMPAIGN_ENOMEM;
	if (rc == CAMPAIGN_OK && read_like_the_plan(&f, opts, &rc))
		rc = answer_from_ledger(out, &f, query);
	campaign_plan_free(f.plan);
	campaign_diags_free(f.said);
	return rc;
}
