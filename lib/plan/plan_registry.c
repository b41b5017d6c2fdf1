/*
 * A plan and the shared registry: the registry is read with the ledger (the
 * numbers other campaigns hold or let go, plan_phones.c; the tags they made,
 * plan_hashtags.c), and once the plan is made, this campaign's lines are
 * brought up to date: a line for every number a placement holds now, and
 * the numbers let go released with the day they may be given again. Other
 * campaigns' lines are left as they are.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "io/read_file.h"
#include "io/open_input.h"
#include "plan/plan_internal.h"
#include "spec/spec_model.h"
#include "util/date.h"
#include "util/str_map.h"

/*
 * A line for every short code of this campaign's ledger (every issue: a
 * withdrawn code stays taken) that the registry does not have yet. A code
 * the registry gives to another campaign's placement cannot be this one's
 * too: the domain would serve it one way only.
 */
static void
register_short_codes(struct campaign_plan *plan)
{
	struct registry *reg = &plan->registry;
	struct str_map known;
	campaign__str_map_init(&known);
	for (size_t i = 0; i < reg->count && plan->status == CAMPAIGN_OK; i++)
		if (reg->entries[i].kind == REGISTRY_SHORT &&
		    !campaign__str_map_insert(&known, reg->entries[i].value, strlen(reg->entries[i].value), i, NULL))
			plan->status = CAMPAIGN_ENOMEM;
	const char *slug = plan->spec->slug;
	size_t ledger_count = plan->ledger.count;
	for (size_t i = 0; i < ledger_count && plan->status == CAMPAIGN_OK; i++) {
		const struct ledger_entry *le = &plan->ledger.entries[i];
		if (!le->short_code)
			continue;
		size_t *at = campaign__str_map_find(&known, le->short_code, strlen(le->short_code));
		if (at) {
			const struct registry_entry *r = &reg->entries[*at];
			if (strcmp(r->campaign, slug) != 0 || strcmp(r->placement, le->id) != 0)
				campaign__plan_error(plan, plan->spec->shortlink.at, NULL, CAMPAIGN_EINVALID,
				                     "short code %s of '%s' (%s) is registered to '%s' of campaign "
				                     "'%s' in %s: one code cannot lead to two placements",
				                     le->short_code, le->id, plan->ledger_path, r->placement,
				                     r->campaign, plan->registry_path);
			continue;
		}
		struct registry_entry e = {
			.kind = REGISTRY_SHORT, .value = le->short_code, .campaign = slug, .placement = le->id,
			.since = le->issued, .released = -1, .free_from = -1,
		};
		if (campaign__registry_add(reg, &e) ||
		    !campaign__str_map_insert(&known, le->short_code, strlen(le->short_code), reg->count - 1, NULL))
			plan->status = CAMPAIGN_ENOMEM;
	}
	campaign__str_map_free(&known);
}

unsigned long long
campaign__plan_text_hash(const char *text, size_t len)
{
	unsigned long long h = 14695981039346656037ULL;
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)text[i];
		h *= 1099511628211ULL;
	}
	return h;
}

int
campaign__registry_path_for(const struct campaign_spec *spec, const char *override, char **out)
{
	*out = NULL;
	if (override) {
		*out = strdup(override);
		return *out ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
	}
	if (!spec->registry)
		return CAMPAIGN_OK;
	struct strbuf path;
	campaign__strbuf_init(&path, 8192);
	campaign__spec_path_into(spec, spec->registry, &path);
	if (path.status != CAMPAIGN_OK) {
		campaign__strbuf_free(&path);
		return CAMPAIGN_ENOMEM;
	}
	*out = campaign__strbuf_detach(&path, NULL);
	return CAMPAIGN_OK;
}

/*
 * The day a number released today may be given again. A quarantine that
 * would end past 9999-12-31 ends there: the registry could not write (nor
 * read back) a later day, and no build runs after it.
 */
static long
quarantine_end(long today, long quarantine)
{
	long end = today + quarantine;
	if (campaign__date_in_range(end))
		return end;
	long last = end;
	campaign__date_parse("9999-12-31", &last);
	return last;
}

void
campaign__plan_read_registry(struct campaign_plan *plan)
{
	plan->registry_exists = campaign__input_exists(plan->registry_path);
	if (!plan->registry_exists) {
		memset(&plan->registry, 0, sizeof(plan->registry));
		return;
	}
	char *buf = NULL;
	size_t len = 0;
	int rc = campaign__read_file(plan->registry_path, REGISTRY_MAX_BYTES, &buf, &len, plan->diags,
	                             NULL, 0, 0);
	if (rc == CAMPAIGN_OK) {
		plan->registry_hash = campaign__plan_text_hash(buf, len);
		rc = campaign__registry_parse(&plan->registry, buf, len, plan->registry_path, plan->diags);
	}
	free(buf);
	if (rc && (plan->status == CAMPAIGN_OK || rc == CAMPAIGN_ENOMEM))
		plan->status = rc;
}

/* This campaign's lines, by placement and value, to find one in a search. */
struct ours {
	struct registry_entry *e;
};

static int
cmp_ours(const void *a, const void *b)
{
	const struct registry_entry *x = ((const struct ours *)a)->e, *y = ((const struct ours *)b)->e;
	int c = strcmp(x->placement ? x->placement : "", y->placement ? y->placement : "");
	return c ? c : strcmp(x->value, y->value);
}

static struct registry_entry *
find_ours(struct ours *list, size_t n, const char *placement, const char *value)
{
	struct registry_entry probe = { .placement = placement, .value = value };
	struct ours key = { &probe };
	struct ours *hit = bsearch(&key, list, n, sizeof(*list), cmp_ours);
	return hit ? hit->e : NULL;
}

static int
cmp_values(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void
campaign__plan_update_registry(struct campaign_plan *plan)
{
	const char *slug = plan->spec->slug;
	long quarantine = (long)plan->spec->phones.quarantine_days;
	struct registry *reg = &plan->registry;
	/* The numbers this campaign holds after the plan, by placement: placement\0value keys. */
	struct ours *held = malloc((plan->count + 1) * sizeof(*held));
	struct registry_entry *probes = malloc((plan->count + 1) * sizeof(*probes));
	struct ours *mine = malloc((reg->count + 1) * sizeof(*mine));
	if (!held || !probes || !mine) {
		plan->status = CAMPAIGN_ENOMEM;
		goto done;
	}
	size_t nheld = 0, nmine = 0;
	for (size_t i = 0; i < plan->count; i++) {
		const campaign_assignment *a = &plan->items[i].pub;
		if (!a->phone)
			continue;
		probes[nheld] = (struct registry_entry){ .placement = a->placement->id, .value = a->phone };
		held[nheld].e = &probes[nheld];
		nheld++;
	}
	qsort(held, nheld, sizeof(*held), cmp_ours);
	/* 1. This campaign's numbers that no placement holds any more: released today. */
	for (size_t i = 0; i < reg->count; i++) {
		struct registry_entry *e = &reg->entries[i];
		if (e->kind != REGISTRY_PHONE || e->released >= 0 || strcmp(e->campaign, slug) != 0)
			continue;
		if (find_ours(held, nheld, e->placement, e->value)) {
			mine[nmine++].e = e;
			continue;
		}
		e->released = plan->today;
		e->free_from = quarantine_end(plan->today, quarantine);
	}
	qsort(mine, nmine, sizeof(*mine), cmp_ours);
	/* 2. The numbers held now that the registry does not show as this campaign's. */
	for (size_t i = 0; i < plan->count && plan->status == CAMPAIGN_OK; i++) {
		const campaign_assignment *a = &plan->items[i].pub;
		if (!a->phone || find_ours(mine, nmine, a->placement->id, a->phone))
			continue;
		/* Held since it was issued: a campaign that joins a registry brings its numbers' dates. */
		const struct ledger_entry *le = campaign__ledger_find(&plan->ledger, a->placement->id);
		struct registry_entry e = {
			.kind = REGISTRY_PHONE, .value = a->phone, .campaign = slug,
			.placement = a->placement->id, .since = le && !plan->items[i].reissue ? le->issued
			                                                                     : plan->today,
			.released = -1, .free_from = -1,
		};
		if (campaign__registry_add(reg, &e))
			plan->status = CAMPAIGN_ENOMEM;
	}
	/* 3. The hashtags this campaign made, when the registry keeps them too: a line each. */
	if (plan->spec->registry_hashtags && plan->status == CAMPAIGN_OK) {
		const char **known = malloc((reg->count + 1) * sizeof(*known));
		const char **made = malloc((plan->count + 1) * sizeof(*made));
		size_t nknown = 0, nmade = 0;
		if (!known || !made) {
			plan->status = CAMPAIGN_ENOMEM;
			free(known);
			free(made);
			goto done;
		}
		for (size_t i = 0; i < reg->count; i++)
			if (reg->entries[i].kind == REGISTRY_HASHTAG)
				known[nknown++] = reg->entries[i].value;
		for (size_t i = 0; i < plan->count; i++)
			if (plan->items[i].pub.hashtag)
				made[nmade++] = plan->items[i].pub.hashtag;
		qsort(known, nknown, sizeof(*known), cmp_values);
		qsort(made, nmade, sizeof(*made), cmp_values);
		/* An event's tag is shared by its placements: once. */
		for (size_t i = 0; i < nmade && plan->status == CAMPAIGN_OK; i++) {
			if ((i && strcmp(made[i - 1], made[i]) == 0) ||
			    bsearch(&made[i], known, nknown, sizeof(*known), cmp_values))
				continue;
			struct registry_entry e = {
				.kind = REGISTRY_HASHTAG, .value = made[i], .campaign = slug, .placement = NULL,
				.since = plan->today, .released = -1, .free_from = -1,
			};
			if (campaign__registry_add(reg, &e))
				plan->status = CAMPAIGN_ENOMEM;
		}
		free(known);
		free(made);
	}
	/* 4. The short codes this campaign's placements carry: a line each, never released. */
	if (plan->status == CAMPAIGN_OK)
		register_short_codes(plan);
done:
	free(held);
	free(probes);
	free(mine);
}
