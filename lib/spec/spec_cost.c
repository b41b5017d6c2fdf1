/*
 * What placements cost: `cost:` on a placement (or a `rows:` table's column)
 * and the campaign's `currency:`. One currency per campaign, so that costs
 * add up and divide without exchange rates; amounts in minor units.
 */
#include <stdio.h>
#include <string.h>

#include "campaign/status.h"
#include "ids/money.h"
#include "spec/spec_load.h"
#include "util/utf8.h"

void
campaign__spec_load_currency(struct campaign_spec *spec, struct schema *s, const struct yaml_node *at)
{
	const char *code = at ? campaign__schema_text(s, at, "currency") : NULL;
	if (!code)
		return;
	int digits = campaign__currency_digits(code);
	if (digits < 0) {
		campaign__schema_error(s, at, "'currency' must be an ISO 4217 code in capitals, like "
		                              "RUB, EUR or USD, not '%.*s'",
		                              CAMPAIGN__UTF8_CUT(code, 16));
		return;
	}
	spec->currency = code;
	spec->currency_digits = digits;
	spec->currency_at = at->pos;
}

/*
 * Checks one cost against the campaign's currency, reporting at `where`
 * with `note` after the message ("" or a table row's).
 */
static void
check_cost(struct campaign_spec *spec, struct schema *s, const struct yaml_node *where,
           const char *cost, const char *note)
{
	struct money_text m;
	const char *why;
	uint64_t minor;
	char extra[96] = "";
	if (campaign__money_split(cost, &m, &why) != 0) {
		/* why says it */
	} else if (m.currency[0] && campaign__currency_digits(m.currency) < 0) {
		/* Said once, as what it is; not again as another currency than the campaign's. */
		why = "";
		snprintf(extra, sizeof(extra), "%.3s is no ISO 4217 currency", m.currency);
	} else if (!spec->currency) {
		why = "no currency: write it after the amount (\"12000 RUB\") or set 'currency' in "
		      "'campaign'";
	} else if (m.currency[0] && strcmp(m.currency, spec->currency) != 0) {
		why = "a campaign's costs are all in one currency, and this one's is";
		if (spec->currency_at.line)
			snprintf(extra, sizeof(extra), " %s (named at line %lu, column %lu)",
			         spec->currency, spec->currency_at.line, spec->currency_at.column);
		else
			snprintf(extra, sizeof(extra), " %s", spec->currency);
	} else if (campaign__money_minor(&m, spec->currency_digits, &minor, &why)) {
		if (m.fraction_len > (size_t)spec->currency_digits)
			snprintf(extra, sizeof(extra), " (%s has %d)", spec->currency,
			         spec->currency_digits);
	} else {
		return;
	}
	campaign__schema_error(s, where, "bad cost '%.*s': %s%s%s",
	                       CAMPAIGN__UTF8_CUT(cost, 40), why, extra, note);
}

/* The currency a cost names becomes the campaign's when it has none yet. */
static void
take_currency(struct campaign_spec *spec, struct schema *s, const struct yaml_node *where,
              const char *cost)
{
	struct money_text m;
	const char *why;
	if (spec->currency || !cost || campaign__money_split(cost, &m, &why) || !m.currency[0])
		return;
	int digits = campaign__currency_digits(m.currency);
	if (digits < 0)
		return; /* check_cost() says so, at this cost */
	spec->currency = campaign__arena_strdup(&spec->arena, m.currency);
	spec->currency_digits = digits;
	spec->currency_at = where->pos;
	if (!spec->currency)
		campaign__schema_nomem(s);
}

void
campaign__spec_check_costs(struct campaign_spec *spec, struct schema *s)
{
	for (size_t i = 0; i < spec->placement_count && !spec->currency; i++) {
		struct yaml_node where = { .pos = spec->placements[i].at[PF_COST] };
		take_currency(spec, s, &where, spec->placements[i].pub.cost);
	}
	for (size_t i = 0; i < spec->placement_count; i++) {
		struct spec_placement *p = &spec->placements[i];
		/* A table's row may leave its cost empty: that placement has none. */
		if (p->pub.cost && p->pub.row_number && p->pub.cost[0] == '\0')
			p->pub.cost = NULL;
		if (!p->pub.cost)
			continue;
		char note[320];
		struct yaml_node where = { .pos = p->at[PF_COST] };
		check_cost(spec, s, &where, p->pub.cost,
		           campaign__spec_row_note(&p->pub, note, sizeof(note)));
	}
}

void
campaign__spec_check_placement_cost(struct campaign_spec *spec, struct schema *s,
                                    const struct yaml_node *where, const char *cost)
{
	if (!cost)
		return;
	take_currency(spec, s, where, cost);
	check_cost(spec, s, where, cost, "");
}

CAMPAIGN_API const char *
campaign_spec_currency(const campaign_spec *spec, int *digits)
{
	if (digits)
		*digits = spec && spec->currency ? spec->currency_digits : 0;
	return spec ? spec->currency : NULL;
}
