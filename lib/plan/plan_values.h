/*
 * The values a placement gives a template (internal): every name
 * campaign-template(5) lists, from an assignment and the campaign. The build
 * fills its flyers through here and campaign_plan_values() hands the same to
 * programs, so the two cannot drift apart.
 */
#ifndef CAMPAIGN_PLAN_VALUES_H
#define CAMPAIGN_PLAN_VALUES_H

#include "campaign/plan.h"
#include "util/strbuf.h"

/* A placement's values; zero-initialize, reuse for many placements, free with campaign__values_free(). */
struct values {
	campaign_param *params; /* keys and values borrowed from the assignment, but "row.*" keys */
	size_t count, cap;
	struct strbuf names;    /* url_display's value, then the "row.NAME" keys, NUL-separated */
};

/* The campaign-level values, which an assignment does not carry. */
struct values_campaign {
	const char *name;
	const char *slug;
	const char *language;
};

/*
 * Replaces v's values with the placement's of a: every name of
 * campaign__placeholder_names (text/placeholder.h) it has a value for, the
 * families' as "row.NAME". Absent values (no phone, no event time) are left
 * out, so a template that prints one reports it.
 * @return CAMPAIGN_OK or CAMPAIGN_ENOMEM.
 */
int campaign__values_fill(struct values *v, const struct values_campaign *c,
                          const campaign_assignment *a);

void campaign__values_free(struct values *v);

#endif
