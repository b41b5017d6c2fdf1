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

/* The levels of `vars:` a placement sees, nearest first: placement, event, campaign. */
#define VALUES_VAR_LEVELS 3

/* What a placement's flyer reads besides its identifiers. */
struct values_placement {
	const char *language; /* its edition's: placement, event or campaign */
	/* The event's title and venue in that language (`editions:`), or NULL: the event's own. */
	const char *event_title, *event_venue;
	/* `vars:` texts, keys "var.NAME"; a name given at a nearer level hides the farther ones. */
	const campaign_param *vars[VALUES_VAR_LEVELS];
	size_t var_count[VALUES_VAR_LEVELS];
};

struct campaign_spec;
struct spec_placement;

/* Whether text i of level `level` is the one the placement sees: no nearer level has its name. */
int campaign__values_var_shown(const struct values_placement *x, int level, size_t i);

/* The language and texts of a spec's placement. */
void campaign__values_placement_of(struct values_placement *out, const struct campaign_spec *spec,
                                   const struct spec_placement *sp);

/*
 * Replaces v's values with the placement's of a: every name of
 * campaign__placeholder_names (text/placeholder.h) it has a value for, the
 * families' as "row.NAME". Absent values (no phone, no event time) are left
 * out, so a template that prints one reports it. x gives the
 * placement's `vars:` texts as "var.NAME", each once, the nearest level's.
 * @return CAMPAIGN_OK or CAMPAIGN_ENOMEM.
 */
int campaign__values_fill(struct values *v, const struct values_campaign *c,
                          const campaign_assignment *a, const struct values_placement *x);

void campaign__values_free(struct values *v);

#endif
