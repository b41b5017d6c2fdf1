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

struct pool_number {
	const char *e164;
	const struct spec_pool_entry *entry;
	long quarantine_until; /* day number the quarantine ends, or -1 */
	int held;
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

/* Marks what the ledger says: numbers held by placements, numbers in quarantine. */
static void
apply_ledger(struct campaign_plan *plan, struct pool_number **sorted, size_t n)
{
	long quarantine = (long)plan->spec->phones.quarantine_days;
	for (size_t i = 0; i < plan->ledger.count; i++) {
		const struct ledger_entry *e = &plan->ledger.entries[i];
		if (!e->phone)
			continue;
		struct pool_number *num = lookup(sorted, n, e->phone);
		if (!num)
			continue;
		if (e->released < 0) {
			num->held = 1;
		} else if (e->released + quarantine > plan->today &&
		           e->released + quarantine > num->quarantine_until) {
			num->quarantine_until = e->released + quarantine;
		}
	}
}

static const char *
display(struct campaign_plan *plan, struct plan_item *item, const char *e164)
{
	const struct spec_phones *ph = &plan->spec->phones;
	if (!ph->display)
		return e164;
	campaign_buf out = CAMPAIGN_BUF_INIT;
	const char *result = NULL;
	int rc = campaign_phone_format(&out, e164, ph->display, NULL);
	if (rc == CAMPAIGN_OK)
		result = campaign__plan_strdup(plan, out.ptr);
	else if (rc == CAMPAIGN_ENOMEM)
		plan->status = CAMPAIGN_ENOMEM; /* not the mask's fault */
	else
		campaign__plan_error(plan, ph->display_at, item, CAMPAIGN_EINVALID,
		                     "the display mask '%s' does not fit %s", ph->display, e164);
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

/* Placements that keep (or get back) the number the ledger gave them. */
static void
keep_numbers(struct campaign_plan *plan, struct pool_number **sorted, size_t n)
{
	for (size_t i = 0; i < plan->count; i++) {
		struct plan_item *item = &plan->items[i];
		if (!item->wants_phone)
			continue;
		const struct ledger_entry *e = campaign__ledger_find(&plan->ledger, item->pub.placement->id);
		if (!e || !e->phone)
			continue;
		struct pool_number *num = lookup(sorted, n, e->phone);
		if (e->released < 0) {
			if (!num)
				campaign__plan_warning(plan, item->sp->at[PF_PHONE], item,
				                       "%s is no longer in the pool; the placement keeps it, since "
				                       "it is printed", e->phone);
			give(plan, item, e->phone, CAMPAIGN_PHONE_KEPT);
		} else if (num && !num->held) {
			/* It came back: its old number is still on its old paper. */
			num->held = 1;
			give(plan, item, e->phone, CAMPAIGN_PHONE_RESTORED);
		}
	}
}

static void
report_exhausted(struct campaign_plan *plan, size_t missing, size_t needed, size_t quarantined)
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
	char quarantine_note[96] = "";
	if (quarantined)
		snprintf(quarantine_note, sizeof(quarantine_note), "; %zu more are in quarantine", quarantined);
	campaign__plan_error(plan, plan->spec->phones.at, NULL, CAMPAIGN_EEXHAUSTED,
	                     "the phone pool is exhausted: %zu placement%s need%s a new number, %zu "
	                     "%s free%s; add %zu number%s to the pool. Left without a number: %s%s",
	                     needed, needed == 1 ? "" : "s", needed == 1 ? "s" : "", needed - missing,
	                     needed - missing == 1 ? "is" : "are", quarantine_note, missing,
	                     missing == 1 ? "" : "s", names, more);
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
		while (next < n && (pool[next].held || pool[next].quarantine_until >= 0))
			next++;
		if (next == n)
			continue;
		pool[next].held = 1;
		give(plan, item, pool[next].e164, CAMPAIGN_PHONE_NEW);
		given++;
		next++;
	}
	size_t free_numbers = 0, quarantined = 0;
	for (size_t i = 0; i < n; i++) {
		if (pool[i].held)
			continue;
		if (pool[i].quarantine_until >= 0)
			quarantined++;
		else
			free_numbers++;
	}
	plan->phones_free = free_numbers;
	plan->phones_quarantined = quarantined;
	if (given < needed)
		report_exhausted(plan, needed - given, needed, quarantined);
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
	size_t n = 0;
	struct pool_number *pool = normalize_pool(plan, &rules, &n);
	struct pool_number **sorted = pool ? index_pool(plan, pool, n) : NULL;
	if (sorted && plan->status == CAMPAIGN_OK) {
		apply_ledger(plan, sorted, n);
		keep_numbers(plan, sorted, n);
		assign_new(plan, pool, n);
	}
	free(sorted);
	free(pool);
}
