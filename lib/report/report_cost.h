/*
 * What placements cost, set against what they brought in: a row's or a
 * group's cost, and cost per response and per conversion, in minor units
 * with exact integer division (rounded half up to the minor unit).
 */
#ifndef CAMPAIGN_REPORT_REPORT_COST_H
#define CAMPAIGN_REPORT_REPORT_COST_H

#include <stdint.h>

#include "campaign/report.h"

/* The costs of some rows: only the rows with a cost, and what those brought in. */
struct report_cost {
	uint64_t amount;      /* minor units */
	uint64_t placements;  /* rows with a cost; 0: the group has none */
	uint64_t responses;   /* their visits + calls + posts */
	uint64_t conversions; /* the conversions that named them */
};

/* A response is a person's own touch: a visit (a scan among them), a call or a post. */
uint64_t campaign__report_responses(const campaign_report_counts *c);

/* A placement's cost text ("12000", "49.90 RUB") in minor units; -1 for none. */
int64_t campaign__report_cost_of(const char *cost, int digits);

/* Adds row's cost and what it brought in, when it has a cost. */
void campaign__report_cost_add(struct report_cost *c, const campaign_report_row *row);

/*
 * Cost per response (per_conversion 0) or per conversion, rounded half up.
 * @return 0, or -1 when there is no cost or nothing to divide by.
 */
int campaign__report_cost_per(const struct report_cost *c, int per_conversion, uint64_t *out);

#endif
