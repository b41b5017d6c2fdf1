/*
 * Tracking numbers. A number, once given to a placement, stays with it in
 * every later build (the ledger records it); a number that left a placement
 * is kept out of use for quarantine_days, because people still call it from
 * old paper; new placements take the first free numbers in pool order, so
 * the same spec and ledger always give the same assignments.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/phone.h"
#include "campaign/status.h"
#include "plan/plan_internal.h"
#include "util/date.h"

struct pool_number {
	const char *e164;
	const struct spec_pool_entry *entry;
	long quarantine_until; /* day number the quarantine ends, or -1 */
	int held;
	int blocked; /* let go by a reissue in this plan: not given straight back */
	const struct registry_entry *elsewhere; /* another campaign's placement holds it (registry) */
	const struct registry_entry *ours;      /* the registry shows this campaign holding it */
};

static int
cmp_numbers(const void *a, const void *b)
{
	const struct pool_number *x = *(struct pool_number *const *)a;
	const struct pool_number *y = *(struct pool_number *const *)b;
	int c = strcmp(x->e164, y->e164);
	if (c)
		return c;
	return x->entry < y->entry ? -1 : x->entry > y->entry;
}

static int
cmp_key(const void *key, const void *elem)
{
	return strcmp(key, (*(struct pool_number *const *)elem)->e164);
}

/* Normalizes the pool to E.164, reporting bad and repeated numbers at their entries. */
static struct pool_number *
normalize_pool(struct campaign_plan *plan, const campaign_phone_rules *rules, size_t *count)
{
	const struct spec_phones *ph = &plan->spec->phones;
	struct pool_number *pool = calloc(ph->pool_count + 1, sizeof(*pool));
	if (!pool) {
		plan->status = CAMPAIGN_ENOMEM;
		return NULL;
	}
	size_t n = 0;
	for (size_t i = 0; i < ph->pool_count; i++) {
		campaign_buf e164 = CAMPAIGN_BUF_INIT;
		const struct spec_pool_entry *entry = &ph->pool[i];
		int rc = campaign_phone_normalize_at(&e164, entry->text, rules, plan->spec->file,
		                                     entry->at.line, entry->at.column, plan->diags);
		if (rc) {
			if (plan->status == CAMPAIGN_OK || rc == CAMPAIGN_ENOMEM)
				plan->status = rc;
			continue;
		}
		pool[n].e164 = campaign__plan_strdup(plan, e164.ptr);
		pool[n].entry = entry;
		pool[n].quarantine_until = -1;
		campaign_buf_dispose(&e164);
		if (pool[n].e164)
			n++;
	}
	*count = n;
	return pool;
}

/* The pool sorted by number, for lookups and to find a number written twice. */
static struct pool_number **
index_pool(struct campaign_plan *plan, struct pool_number *pool, size_t n)
{
	struct pool_number **sorted = malloc((n + 1) * sizeof(*sorted));
	if (!sorted) {
		plan->status = CAMPAIGN_ENOMEM;
		return NULL;
	}
	for (size_t i = 0; i < n; i++)
		sorted[i] = &pool[i];
	qsort(sorted, n, sizeof(*sorted), cmp_numbers);
	for (size_t i = 1; i < n; i++)
		if (strcmp(sorted[i - 1]->e164, sorted[i]->e164) == 0)
			campaign__plan_error(plan, sorted[i]->entry->at, NULL, CAMPAIGN_EINVALID,
			                     "%s is in the pool twice; first at line %lu", sorted[i]->e164,
			                     sorted[i - 1]->entry->at.line);
	return sorted;
}

static struct pool_number *
lookup(struct pool_number **sorted, size_t n, const char *e164)
{
	struct pool_number **hit = bsearch(e164, sorted, n, sizeof(*sorted), cmp_key);
	return hit ? *hit : NULL;
}

/*
 * Marks what the ledger says: numbers held by placements, numbers in
 * quarantine. A placement that left the spec is released today, in this
 * build: with quarantine_days 0 its number is free for another one at once.
 */
static void
apply_ledger(struct campaign_plan *plan, struct pool_number **sorted, size_t n)
{
	long quarantine = (long)plan->spec->phones.quarantine_days;
	const char **ids = campaign__plan_sorted_ids(plan);
	if (!ids)
		return;
	for (size_t i = 0; i < plan->ledger.count; i++) {
		const struct ledger_entry *e = &plan->ledger.entries[i];
		if (!e->phone)
			continue;
		struct pool_number *num = lookup(sorted, n, e->phone);
		if (!num)
			continue;
		long released = e->released;
		if (released < 0 && !campaign__plan_has_id(plan, ids, e->id))
			released = plan->today;
		if (released < 0) {
			num->held = 1;
		} else if (released + quarantine > plan->today &&
		           released + quarantine > num->quarantine_until) {
			num->quarantine_until = released + quarantine;
		}
	}
	free(ids);
	/* A reissue asks for a new number: the old one is not given straight back. */
	for (size_t i = 0; i < plan->count; i++) {
		const struct plan_item *item = &plan->items[i];
		const struct ledger_entry *e = item->reissue
			? campaign__ledger_find(&plan->ledger, item->pub.placement->id) : NULL;
		struct pool_number *num = e && e->phone ? lookup(sorted, n, e->phone) : NULL;
		if (num)
			num->blocked = 1;
	}
}

/*
 * Marks what the shared registry says: numbers other campaigns hold, and
 * numbers they let go whose quarantine has not ended. This campaign's own
 * lines are its ledger's, but for one the ledger lacks (a build stopped
 * between writing the registry and the ledger): keep_numbers() honours it.
 */
static void
apply_registry(struct campaign_plan *plan, struct pool_number **sorted, size_t n)
{
	const char *slug = plan->spec->slug;
	for (size_t i = 0; i < plan->registry.count; i++) {
		const struct registry_entry *e = &plan->registry.entries[i];
		struct pool_number *num = e->kind == REGISTRY_PHONE ? lookup(sorted, n, e->value) : NULL;
		if (!num)
			continue;
		if (strcmp(e->campaign, slug) == 0) {
			if (e->released < 0)
				num->ours = e;
		} else if (e->released < 0) {
			num->elsewhere = e;
			num->held = 1;
		} else if (e->free_from > plan->today && e->free_from > num->quarantine_until) {
			num->quarantine_until = e->free_from;
		}
	}
}

/* Another campaign's placement holds e164 too: one number, two placements, never. */
static void
report_shared(struct campaign_plan *plan, struct plan_item *item, const struct pool_number *num)
{
	const struct registry_entry *e = num->elsewhere;
	campaign__plan_error(plan, item->sp->at[PF_PHONE].line ? item->sp->at[PF_PHONE] : item->sp->at[PF_NODE],
	                     item, CAMPAIGN_EINVALID,
	                     "%s is held here by '%s' (%s) and in the registry by placement '%s' of "
	                     "campaign '%s' (%s:%lu): two placements must never share a number. Give "
	                     "one of them a new number: --reissue %s here, or in campaign '%s'",
	                     num->e164, item->pub.placement->id, plan->ledger_path, e->placement,
	                     e->campaign, plan->registry_path, e->line, item->pub.placement->id,
	                     e->campaign);
}

const char *
campaign__plan_phone_mask(const struct campaign_spec *spec, const char *e164, struct yaml_pos *at)
{
	const struct spec_phones *ph = &spec->phones;
	struct yaml_pos where = ph->display_at;
	const char *mask = ph->display;
	const struct phone_mask *m = mask ? NULL : campaign__phone_mask_for(e164, ph->masks, ph->mask_count);
	if (m) {
		mask = m->mask;
		where = ph->mask_at[m - ph->masks];
	} else if (!mask) {
		mask = campaign__phone_default_mask(e164);
	}
	if (at)
		*at = where;
	return mask;
}

static const char *
display(struct campaign_plan *plan, struct plan_item *item, const char *e164)
{
	struct yaml_pos at;
	const char *mask = campaign__plan_phone_mask(plan->spec, e164, &at);
	if (!mask)
		return e164;
	campaign_buf out = CAMPAIGN_BUF_INIT;
	const char *result = NULL;
	int rc = campaign_phone_format(&out, e164, mask, NULL);
	if (rc == CAMPAIGN_OK)
		result = campaign__plan_strdup(plan, out.ptr);
	else if (rc == CAMPAIGN_ENOMEM)
		plan->status = CAMPAIGN_ENOMEM; /* not the mask's fault */
	else
		campaign__plan_error(plan, at, item, CAMPAIGN_EINVALID,
		                     "the display mask '%s' does not fit %s", mask, e164);
	campaign_buf_dispose(&out);
	return result;
}

static void
give(struct campaign_plan *plan, struct plan_item *item, const char *e164, campaign_phone_state state)
{
	item->pub.phone = e164;
	item->pub.phone_state = state;
	item->pub.phone_display = display(plan, item, e164);
	campaign_buf tel = CAMPAIGN_BUF_INIT;
	if (campaign_phone_tel_uri(&tel, e164, NULL) == CAMPAIGN_OK)
		item->pub.tel = campaign__plan_strdup(plan, tel.ptr);
	campaign_buf_dispose(&tel);
}

/*
 * A number the registry shows this placement holding, which the ledger does
 * not: the build that gave it stopped after the registry and before the
 * ledger. It is on the registry's record, so it is this placement's.
 */
static void
recover(struct campaign_plan *plan, struct plan_item *item, struct pool_number **sorted, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct pool_number *num = sorted[i];
		if (num->ours && strcmp(num->ours->placement, item->pub.placement->id) == 0) {
			num->held = 1;
			give(plan, item, num->e164, CAMPAIGN_PHONE_KEPT);
			return;
		}
	}
}

/* Placements that keep (or get back) the number the ledger gave them. */
static void
keep_numbers(struct campaign_plan *plan, struct pool_number **sorted, size_t n)
{
	/* Only a registry that shows this campaign holding numbers can hold one the ledger lacks. */
	int recovering = 0;
	for (size_t i = 0; i < n && !recovering; i++)
		recovering = sorted[i]->ours != NULL;
	for (size_t i = 0; i < plan->count; i++) {
		struct plan_item *item = &plan->items[i];
		if (!item->wants_phone || item->reissue)
			continue;
		const struct ledger_entry *e = campaign__ledger_find(&plan->ledger, item->pub.placement->id);
		if (!e || !e->phone) {
			if (recovering)
				recover(plan, item, sorted, n);
			continue;
		}
		struct pool_number *num = lookup(sorted, n, e->phone);
		if (e->released < 0) {
			if (!num)
				campaign__plan_warning(plan, item->sp->at[PF_PHONE], item,
				                       "%s is no longer in the pool; the placement keeps it, since "
				                       "it is printed", e->phone);
			else if (num->elsewhere)
				report_shared(plan, item, num);
			give(plan, item, e->phone, CAMPAIGN_PHONE_KEPT);
		} else if (num && !num->held) {
			/* It came back: its old number is still on its old paper. */
			num->held = 1;
			give(plan, item, e->phone, CAMPAIGN_PHONE_RESTORED);
		}
	}
}

static void
report_exhausted(struct campaign_plan *plan, size_t missing, size_t needed, size_t quarantined,
                 long first_free, size_t elsewhere)
{
	char names[512] = "";
	size_t len = 0, listed = 0, total = 0;
	for (size_t i = 0; i < plan->count; i++) {
		const struct plan_item *item = &plan->items[i];
		if (!item->wants_phone || item->pub.phone)
			continue;
		total++;
		if (len < 400) {
			int w = snprintf(names + len, sizeof(names) - len, "%s%s", listed ? ", " : "",
			                 item->pub.placement->id);
			len += w > 0 ? (size_t)w : 0;
			listed++;
		}
	}
	char more[64] = "";
	if (total > listed)
		snprintf(more, sizeof(more), " and %zu more", total - listed);
	char quarantine_note[160] = "";
	if (quarantined && first_free >= 0 && campaign__date_in_range(first_free)) {
		char day[11];
		campaign__date_format(first_free, day);
		snprintf(quarantine_note, sizeof(quarantine_note),
		         "; %zu more %s in quarantine, the first free again on %s", quarantined,
		         quarantined == 1 ? "is" : "are", day);
	} else if (quarantined) {
		/* Only numbers this build's --reissue lets go: their quarantine starts with it. */
		snprintf(quarantine_note, sizeof(quarantine_note),
		         "; %zu more %s quarantined from today (let go by --reissue)", quarantined,
		         quarantined == 1 ? "is" : "are");
	}
	char elsewhere_note[4200] = "";
	if (elsewhere)
		snprintf(elsewhere_note, sizeof(elsewhere_note),
		         "; %zu %s held by other campaigns of the registry %s", elsewhere,
		         elsewhere == 1 ? "is" : "are", plan->registry_path);
	static const char fmt[] =
		"the phone pool is exhausted: %zu placement%s need%s a new number, %zu %s free%s%s; add "
		"%zu number%s to the pool. Left without a number: %s%s";
	if (plan->allow_exhausted)
		campaign__plan_warning(plan, plan->spec->phones.at, NULL, fmt, needed,
		                       needed == 1 ? "" : "s", needed == 1 ? "s" : "", needed - missing,
		                       needed - missing == 1 ? "is" : "are", quarantine_note,
		                       elsewhere_note, missing, missing == 1 ? "" : "s", names, more);
	else
		campaign__plan_error(plan, plan->spec->phones.at, NULL, CAMPAIGN_EEXHAUSTED, fmt, needed,
		                     needed == 1 ? "" : "s", needed == 1 ? "s" : "", needed - missing,
		                     needed - missing == 1 ? "is" : "are", quarantine_note, elsewhere_note,
		                     missing, missing == 1 ? "" : "s", names, more);
}

static void
assign_new(struct campaign_plan *plan, struct pool_number *pool, size_t n)
{
	size_t next = 0, needed = 0, given = 0;
	for (size_t i = 0; i < plan->count; i++) {
		struct plan_item *item = &plan->items[i];
		if (!item->wants_phone || item->pub.phone)
			continue;
		needed++;
		while (next < n && (pool[next].held || pool[next].blocked || pool[next].quarantine_until >= 0))
			next++;
		if (next == n) {
			item->pub.phone_state = CAMPAIGN_PHONE_MISSING;
			continue;
		}
		pool[next].held = 1;
		give(plan, item, pool[next].e164, CAMPAIGN_PHONE_NEW);
		given++;
		next++;
	}
	/* Every number of the pool in exactly one count, so that they add up to the pool. */
	size_t free_numbers = 0, quarantined = 0, elsewhere = 0, held = 0;
	long first_free = -1;
	for (size_t i = 0; i < n; i++) {
		if (pool[i].elsewhere) {
			elsewhere++;
		} else if (pool[i].held) {
			held++;
		} else if (pool[i].blocked) {
			quarantined++;
		} else if (pool[i].quarantine_until >= 0) {
			quarantined++;
			if (first_free < 0 || pool[i].quarantine_until < first_free)
				first_free = pool[i].quarantine_until;
		} else {
			free_numbers++;
		}
	}
	plan->phones_free = free_numbers;
	plan->phones_quarantined = quarantined;
	plan->phones_elsewhere = elsewhere;
	plan->phones_held = held;
	if (given < needed)
		report_exhausted(plan, needed - given, needed, quarantined, first_free, elsewhere);
}

void
campaign__plan_phones(struct campaign_plan *plan)
{
	const struct spec_phones *ph = &plan->spec->phones;
	if (!ph->present)
		return;
	campaign_phone_rules rules = CAMPAIGN_PHONE_RULES_INIT;
	rules.country_code = (unsigned)ph->country_code;
	rules.trunk_prefix = ph->trunk_prefix;
	/* A bad mask is reported, and the pool is still read so validate shows its problems too. */
	if (ph->display &&
	    campaign_phone_mask_check(ph->display, &rules, plan->spec->file, ph->display_at.line,
	                              ph->display_at.column, plan->diags) != CAMPAIGN_OK &&
	    plan->status == CAMPAIGN_OK)
		plan->status = CAMPAIGN_EINVALID;
	for (size_t i = 0; i < ph->mask_count; i++)
		if (campaign_phone_mask_check(ph->masks[i].mask, &rules, plan->spec->file, ph->mask_at[i].line,
		                              ph->mask_at[i].column, plan->diags) != CAMPAIGN_OK &&
		    plan->status == CAMPAIGN_OK)
			plan->status = CAMPAIGN_EINVALID;
	size_t n = 0;
	struct pool_number *pool = normalize_pool(plan, &rules, &n);
	struct pool_number **sorted = pool ? index_pool(plan, pool, n) : NULL;
	if (sorted && plan->status == CAMPAIGN_OK) {
		apply_registry(plan, sorted, n);
		apply_ledger(plan, sorted, n);
		keep_numbers(plan, sorted, n);
		assign_new(plan, pool, n);
	}
	free(sorted);
	free(pool);
}
