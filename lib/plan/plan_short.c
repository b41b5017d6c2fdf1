/*
 * Short links: every placement's code on the organization's own domain.
 *
 * A code is printed (on the flyer, in the QR code) and served by a web
 * server's redirect table, so once issued it stays with its issue for
 * good: a placement keeps its code across builds, a placement that left
 * the campaign keeps its code on record (its flyers are still out there,
 * and the redirect keeps working), and a reissue gets a new code, since
 * its printed identifiers change, while the old code stays with the old
 * issue. No code is ever given twice: every code of the ledger, of any
 * issue, and of the registry when there is one, is taken.
 *
 * Codes come from a seeded hash of the campaign's slug and the
 * placement's id (short_code.h): the same spec and ledger give the same
 * codes on any machine, and a taken one is passed over by the next
 * attempt.
 */
#include <stdio.h>
#include <string.h>

#include "campaign/status.h"
#include "ids/short_code.h"
#include "plan/plan_internal.h"
#include "util/str_map.h"
#include "util/strbuf.h"

/* Attempts before the code space of this length is taken as full. */
#define SHORT_ATTEMPTS 1000

static int
take(struct campaign_plan *plan, struct str_map *taken, const char *code)
{
	if (!campaign__str_map_insert(taken, code, strlen(code), 1, NULL)) {
		plan->status = CAMPAIGN_ENOMEM;
		return -1;
	}
	return 0;
}

/* Every code on record: the ledger's (all issues) and the registry's. */
static int
gather_taken(struct campaign_plan *plan, struct str_map *taken)
{
	for (size_t i = 0; i < plan->ledger.count; i++)
		if (plan->ledger.entries[i].short_code && take(plan, taken, plan->ledger.entries[i].short_code))
			return -1;
	for (size_t i = 0; i < plan->registry.count; i++)
		if (plan->registry.entries[i].kind == REGISTRY_SHORT &&
		    take(plan, taken, plan->registry.entries[i].value))
			return -1;
	return 0;
}

/* A new code for item, not taken; NULL (reported) when the attempts run out. */
static const char *
new_code(struct campaign_plan *plan, struct plan_item *item, struct str_map *taken, struct strbuf *seed)
{
	const struct spec_short *sh = &plan->spec->shortlink;
	campaign__strbuf_reset(seed);
	campaign__strbuf_addf(seed, "%s\n%s", plan->spec->slug, item->pub.placement->id);
	if (seed->status != CAMPAIGN_OK) {
		plan->status = CAMPAIGN_ENOMEM;
		return NULL;
	}
	char code[SHORT_CODE_MAX + 1];
	for (unsigned long attempt = 0; attempt < SHORT_ATTEMPTS; attempt++) {
		campaign__short_code_make(seed->ptr, seed->len, attempt, (unsigned)sh->length, code);
		if (campaign__str_map_find(taken, code, strlen(code)))
			continue;
		if (take(plan, taken, code))
			return NULL;
		return campaign__plan_strdup(plan, code);
	}
	campaign__plan_error(plan, sh->at, item, CAMPAIGN_EEXHAUSTED,
	                     "no free short code of %lu characters for '%s' in %d tries: nearly "
	                     "all are taken; make 'length' larger", sh->length,
	                     item->pub.placement->id, SHORT_ATTEMPTS);
	return NULL;
}

/*
 * Codes were issued, and the spec no longer has `short:`: they are printed,
 * and nothing writes their redirects any more. Kept in the ledger all the
 * same, for `short:` to bring back.
 */
static void
warn_codes_unserved(struct campaign_plan *plan)
{
	size_t n = 0;
	for (size_t i = 0; i < plan->ledger.count; i++)
		n += plan->ledger.entries[i].short_code != NULL;
	if (n)
		campaign__plan_warning(plan, plan->spec->campaign_at, NULL,
		                       "%zu short code%s issued in %s, and the spec has no 'short:': "
		                       "the build writes no redirects for the short links already "
		                       "printed; put 'short:' back to serve them", n, n == 1 ? " was" : "s were",
		                       plan->ledger_path);
}

void
campaign__plan_short(struct campaign_plan *plan)
{
	const struct spec_short *sh = &plan->spec->shortlink;
	if (!sh->base) {
		warn_codes_unserved(plan);
		return;
	}
	struct str_map taken;
	struct strbuf seed, url;
	campaign__str_map_init(&taken);
	campaign__strbuf_init(&seed, 0);
	campaign__strbuf_init(&url, 0);
	if (gather_taken(plan, &taken) == 0) {
		for (size_t i = 0; i < plan->count && plan->status == CAMPAIGN_OK; i++) {
			struct plan_item *item = &plan->items[i];
			const struct ledger_entry *e = campaign__ledger_find(&plan->ledger, item->pub.placement->id);
			const char *code = e && !item->reissue && e->short_code ? e->short_code
			                                                        : new_code(plan, item, &taken, &seed);
			if (!code)
				break;
			campaign__strbuf_reset(&url);
			campaign__strbuf_addf(&url, "%s%s", sh->base, code);
			item->pub.short_code = code;
			item->pub.short_url = url.status == CAMPAIGN_OK
				? campaign__plan_strdup(plan, campaign__strbuf_cstr(&url)) : NULL;
			if (!item->pub.short_url)
				plan->status = CAMPAIGN_ENOMEM;
		}
	}
	campaign__str_map_free(&taken);
	campaign__strbuf_free(&seed);
	campaign__strbuf_free(&url);
}
