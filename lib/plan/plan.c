/* campaign_plan_new(): every placement's identifiers, checked together. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "campaign/status.h"
#include "core/clock.h"
#include "core/options.h"
#include "core/versions.h"
#include "core/diag_internal.h"
#include "io/open_input.h"
#include "plan/ledger_clock.h"
#include "plan/plan_internal.h"
#include "spec/spec_load.h"
#include "util/date.h"
#include "util/strbuf.h"

/* name, relative to the spec's directory unless absolute, into a new string. */
static char *
beside_spec(const struct campaign_spec *spec, const char *name, size_t len)
{
	struct strbuf path;
	campaign__strbuf_init(&path, 8192);
	if (name[0] != '/' && spec->base_dir && strcmp(spec->base_dir, ".") != 0)
		campaign__strbuf_addf(&path, "%s/", spec->base_dir);
	campaign__strbuf_add(&path, name, len);
	if (path.status != CAMPAIGN_OK) {
		campaign__strbuf_free(&path);
		return NULL;
	}
	return campaign__strbuf_detach(&path, NULL);
}

/* "rally.ledger" for "dir/rally.yaml"; NULL for a spec that has no file of its own. */
static char *
ledger_named_after_file(const struct campaign_spec *spec)
{
	if (!spec->file || spec->file[0] == '<')
		return NULL;
	const char *slash = strrchr(spec->file, '/');
	const char *base = slash ? slash + 1 : spec->file;
	size_t len = strlen(base);
	if (len > 5 && strcmp(base + len - 5, ".yaml") == 0)
		len -= 5;
	else if (len > 4 && strcmp(base + len - 4, ".yml") == 0)
		len -= 4;
	char name[300];
	if (len == 0 || len > 255)
		return NULL;
	snprintf(name, sizeof(name), "%.*s.ledger", (int)len, base);
	return beside_spec(spec, name, strlen(name));
}

char *
campaign__ledger_path_for(const struct campaign_spec *spec, const char *override,
                          campaign_diags *diags)
{
	if (override)
		return strdup(override);
	if (spec->ledger)
		return beside_spec(spec, spec->ledger, strlen(spec->ledger));
	/*
	 * Named after the spec's file, so that a new display name (and the slug
	 * made from it) cannot start a new ledger; a spec built in code has no
	 * file, and its ledger is named after its slug.
	 */
	char slug_name[300];
	snprintf(slug_name, sizeof(slug_name), "%s.ledger", spec->slug ? spec->slug : "campaign");
	char *by_slug = beside_spec(spec, slug_name, strlen(slug_name));
	char *by_file = ledger_named_after_file(spec);
	if (!by_file || !by_slug || strcmp(by_file, by_slug) == 0) {
		free(by_file);
		return by_slug;
	}
	/* Before ledgers were named after their spec they were named after the slug: still read. */
	if (access(by_file, F_OK) != 0 && access(by_slug, F_OK) == 0) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, spec->file,
		                   spec->campaign_at.line, spec->campaign_at.column,
		                   "this campaign's ledger is %s, named after its slug as before; ledgers "
		                   "are now named after the spec: rename it to %s, or add 'ledger: %s' "
		                   "under campaign:", by_slug, by_file, slug_name);
		free(by_file);
		return by_slug;
	}
	free(by_slug);
	return by_file;
}

static const char *
ledger_path(struct campaign_plan *plan, const campaign_plan_options *opts)
{
	char *path = campaign__ledger_path_for(plan->spec, opts->ledger_path, plan->diags);
	const char *copy = path ? campaign__plan_strdup(plan, path) : NULL;
	free(path);
	if (!copy)
		plan->status = CAMPAIGN_ENOMEM;
	return copy;
}

/*
 * Records this plan in the in-memory ledger: new placements get an entry
 * dated today, present ones their current identifiers, and placements gone
 * from the spec are released today (their numbers go into quarantine).
 */
static void
update_ledger(struct campaign_plan *plan)
{
	const char **ids = campaign__plan_sorted_ids(plan);
	if (!ids)
		return;
	for (size_t i = 0; i < plan->ledger.count; i++) {
		struct ledger_entry *e = &plan->ledger.entries[i];
		if (e->released < 0 && !campaign__plan_has_id(plan, ids, e->id) &&
		    campaign__plan_clock_allows_release(plan, e))
			e->released = plan->today;
	}
	free(ids);
	/*
	 * Every lookup comes before the first entry is added, while all entries
	 * are the sorted ones read from the file: finding among added entries is
	 * a linear scan, which made the first build of a 100,000-row table take
	 * minutes. The ledger is sorted again once they are all in.
	 */
	unsigned char *is_new = calloc(plan->count + 1, 1);
	size_t fresh_count = 0;
	if (!is_new) {
		plan->status = CAMPAIGN_ENOMEM;
		return;
	}
	plan->ledger.campaign = plan->spec->slug;
	for (size_t i = 0; i < plan->count; i++) {
		const campaign_assignment *a = &plan->items[i].pub;
		struct ledger_entry *e = campaign__ledger_find(&plan->ledger, a->placement->id);
		/* A reissued placement's old issue stays on record, released; the new one is added. */
		if (!e || plan->items[i].reissue) {
			is_new[i] = 1;
			fresh_count++;
			continue;
		}
		e->event = a->placement->event;
		e->released = -1;
		e->url = a->url;
		if (a->hashtag)
			e->hashtag = a->hashtag;
		if (a->phone)
			e->phone = a->phone;
		if (a->short_code)
			e->short_code = a->short_code;
	}
	if (campaign__ledger_reserve(&plan->ledger, fresh_count))
		plan->status = CAMPAIGN_ENOMEM;
	/* The entries borrow the plan's and the spec's strings: both outlive the ledger. */
	for (size_t i = 0; i < plan->count && plan->status == CAMPAIGN_OK; i++) {
		const campaign_assignment *a = &plan->items[i].pub;
		if (!is_new[i])
			continue;
		struct ledger_entry fresh = {
			.id = a->placement->id, .event = a->placement->event, .issued = plan->today,
			.released = -1, .phone = a->phone, .hashtag = a->hashtag, .url = a->url,
			.short_code = a->short_code,
		};
		if (campaign__ledger_add(&plan->ledger, &fresh))
			plan->status = CAMPAIGN_ENOMEM;
	}
	free(is_new);
	campaign__ledger_sort(&plan->ledger);
	/* Placements issued on one day share that day's text; most of a big set was issued together. */
	long last_day = -1;
	const char *last_text = NULL;
	for (size_t i = 0; i < plan->count && plan->status == CAMPAIGN_OK; i++) {
		struct plan_item *item = &plan->items[i];
		const struct ledger_entry *e = campaign__ledger_find(&plan->ledger, item->pub.placement->id);
		if (!last_text || e->issued != last_day) {
			char day[11];
			campaign__date_format(e->issued, day);
			last_text = campaign__plan_strdup(plan, day);
			last_day = e->issued;
		}
		item->pub.issued = last_text;
	}
}

/*
 * An event whose date has passed by the build's clock is most often last
 * year's spec copied, or a typo in the year: flyers would invite people to
 * a day gone by. A warning, at the date, since reprinting for the record
 * is legitimate (and --now sets the clock).
 */
static void
warn_past_events(struct campaign_plan *plan)
{
	const campaign_spec *spec = plan->spec;
	char today[11];
	if (!campaign__date_in_range(plan->today))
		return;
	campaign__date_format(plan->today, today);
	for (size_t i = 0; i < spec->event_count; i++) {
		const struct spec_event *ev = &spec->events[i];
		long day;
		if (!ev->pub.date || campaign__date_parse(ev->pub.date, &day) != 0 || day >= plan->today)
			continue;
		campaign_diags_add(plan->diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, spec->file,
		                   ev->at[EF_DATE].line, ev->at[EF_DATE].column,
		                   "event '%s' is on %s, which has passed (today is %s by the build's "
		                   "clock; --now sets it)", ev->pub.id ? ev->pub.id : "", ev->pub.date, today);
	}
}

int
campaign_plan_new(campaign_plan **out, const campaign_spec *spec, const campaign_plan_options *opts,
                  campaign_diags *diags)
{
	static const campaign_plan_options defaults = CAMPAIGN_PLAN_OPTIONS_INIT;
	*out = NULL;
	if (!spec) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "campaign_plan_new: no spec given");
		return CAMPAIGN_EINVALID;
	}
	campaign_plan_options o;
	int64_t now;
	if (CAMPAIGN__OPTIONS_TAKE(&o, opts, &defaults, campaign__sizes_plan_options,
	                           "campaign_plan_options", diags) ||
	    campaign__clock_take(o.now, &now, diags))
		return CAMPAIGN_EINVALID;
	opts = &o;
	campaign_plan *plan = calloc(1, sizeof(*plan));
	if (!plan)
		return CAMPAIGN_ENOMEM;
	plan->spec = spec;
	plan->diags = diags;
	plan->allow_exhausted = opts->allow_exhausted != 0;
	plan->today = campaign__date_from_epoch(now);
	plan->count = spec->placement_count;
	plan->items = calloc(plan->count + 1, sizeof(*plan->items));
	if (!plan->items) {
		campaign_plan_free(plan);
		return CAMPAIGN_ENOMEM;
	}
	for (size_t i = 0; i < plan->count; i++) {
		struct plan_item *item = &plan->items[i];
		item->sp = &spec->placements[i];
		item->pub.placement = &spec->placements[i].pub;
		item->pub.event = campaign_spec_find_event(spec, item->pub.placement->event);
		item->wants_phone = item->pub.placement->phone;
	}
	size_t first_diag = campaign_diags_count(diags);
	warn_past_events(plan);
	plan->ledger_path = ledger_path(plan, opts);
	if (plan->ledger_path) {
		plan->ledger_exists = campaign__input_exists(plan->ledger_path);
		int rc = campaign__ledger_read(&plan->ledger, plan->ledger_path,
		                               campaign__plan_record_limit(spec, "ledger", NULL),
		                               spec->record_limits_raisable ? "ledger-bytes=N" : NULL, diags);
		if (rc == CAMPAIGN_OK)
			rc = campaign__ledger_check_clock(&plan->ledger, plan->today, plan->ledger_path, diags);
		if (rc)
			plan->status = rc;
	}
	char *registry = NULL;
	if (campaign__registry_path_for(spec, opts->registry_path, &registry))
		plan->status = CAMPAIGN_ENOMEM;
	if (registry) {
		plan->registry_path = campaign__plan_strdup(plan, registry);
		free(registry);
		if (plan->registry_path)
			campaign__plan_read_registry(plan);
	}
	if (plan->status == CAMPAIGN_OK) {
		campaign__plan_reissue(plan, opts);
		campaign__plan_urls(plan);
		campaign__plan_check_issued(plan);
		campaign__plan_hashtags(plan);
		campaign__plan_phones(plan);
		campaign__plan_short(plan);
	}
	if (plan->status == CAMPAIGN_OK)
		update_ledger(plan);
	if (plan->status == CAMPAIGN_OK && plan->registry_path)
		campaign__plan_update_registry(plan);
	campaign__diags_sort(diags, first_diag);
	if (plan->status != CAMPAIGN_OK) {
		int rc = plan->status;
		campaign_plan_free(plan);
		return rc;
	}
	*out = plan;
	return CAMPAIGN_OK;
}

void
campaign_plan_free(campaign_plan *plan)
{
	if (!plan)
		return;
	campaign__ledger_free(&plan->ledger);
	campaign__registry_free(&plan->registry);
	free(plan->items);
	campaign__arena_free(&plan->arena);
	free(plan);
}

size_t
campaign_plan_count(const campaign_plan *plan)
{
	return plan ? plan->count : 0;
}

const campaign_assignment *
campaign_plan_get(const campaign_plan *plan, size_t i)
{
	return plan && i < plan->count ? &plan->items[i].pub : NULL;
}

const char *
campaign_plan_ledger_path(const campaign_plan *plan)
{
	return plan->ledger_path;
}

size_t
campaign_plan_phones_free(const campaign_plan *plan)
{
	return plan->phones_free;
}

size_t
campaign_plan_phones_quarantined(const campaign_plan *plan)
{
	return plan->phones_quarantined;
}

size_t
campaign_plan_phones_held(const campaign_plan *plan)
{
	return plan->phones_held;
}

size_t
campaign_plan_phones_elsewhere(const campaign_plan *plan)
{
	return plan->phones_elsewhere;
}

const char *
campaign_plan_registry_path(const campaign_plan *plan)
{
	return plan->registry_path;
}

int
campaign_time_parse(int64_t *out, const char *iso8601)
{
	int64_t t;
	if (!out || !iso8601 || campaign__instant_parse(iso8601, &t) || t < 0 || t > CAMPAIGN_TIME_MAX)
		return CAMPAIGN_EINVALID;
	*out = t;
	return CAMPAIGN_OK;
}

int
campaign_plan_options_init(campaign_plan_options *opts, unsigned int version)
{
	static const campaign_plan_options init = CAMPAIGN_PLAN_OPTIONS_INIT;
	return campaign__struct_init(opts, version, &init, campaign__sizes_plan_options,
	                             CAMPAIGN__VERSIONS(campaign__sizes_plan_options));
}
