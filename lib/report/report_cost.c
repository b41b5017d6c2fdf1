#include "report_cost.h"

#include "ids/money.h"

uint64_t
campaign__report_responses(const campaign_report_counts *c)
{
	return c->visits + c->calls + c->posts;
}

int64_t
campaign__report_cost_of(const char *cost, int digits)
{
	struct money_text m;
	const char *why;
	uint64_t minor;
	/* The spec checked it; a cost it refused cannot reach a report. */
	if (!cost || campaign__money_split(cost, &m, &why) ||
	    campaign__money_minor(&m, digits, &minor, &why))
		return -1;
	return (int64_t)minor;
}

void
campaign__report_cost_add(struct report_cost *c, const campaign_report_row *row)
{
	if (row->cost < 0)
		return;
	c->amount += (uint64_t)row->cost;
	c->placements++;
	c->responses += campaign__report_responses(&row->counts);
	c->conversions += row->counts.conversions;
}

int
campaign__report_cost_per(const struct report_cost *c, int per_conversion, uint64_t *out)
{
	uint64_t n = per_conversion ? c->conversions : c->responses;
	if (c->placements == 0 || n == 0)
		return -1;
	*out = campaign__money_per(c->amount, n);
	return 0;
}
