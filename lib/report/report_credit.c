/*
 * A conversion shared along its person's path by every attribution model
 * at once, so that a report shows the models side by side. The path comes
 * in time order (person_paths.c keeps it so), hence nothing here sorts:
 * each model is linear in the path, from the window through the weights
 * and the touches grouped by row to the apportioning. A row is a channel:
 * the report has one row per placement id.
 */
#include <stdlib.h>
#include <string.h>

#include "apportion.h"
#include "attribution_models.h"
#include "attribution_path.h"
#include "campaign/status.h"
#include "report_internal.h"

/* Hundredths of a conversion: shares print as 0.34 + 0.33 + 0.33. */
#define CREDIT_UNITS 100
/* The longest path: a person's touches and the conversion's own. */
#define PATH_MAX_TOUCHES (PERSON_TOUCHES_MAX + 1)
/* The table that finds a row's group: a power of two, never half full. */
#define GROUP_SLOT_BITS 10
#define GROUP_SLOTS ((size_t)1 << GROUP_SLOT_BITS)

struct group_slot {
	size_t row;
	unsigned stamp; /* the grouping that filled it: a slot of another one is empty */
	unsigned group;
};

/* A model's path: the window with or without the touches a model may skip. */
struct credit_path {
	size_t kept[PATH_MAX_TOUCHES];      /* positions in the touches, oldest first */
	size_t count;
	size_t group_of[PATH_MAX_TOUCHES];  /* each kept touch's group */
	size_t group_row[PATH_MAX_TOUCHES]; /* the groups' rows, in the order of their first touch */
	size_t groups;
};

struct credit_scratch {
	campaign_touch touches[PATH_MAX_TOUCHES]; /* the path in time order */
	size_t rows[PATH_MAX_TOUCHES];            /* each touch's row */
	struct credit_path paths[2];              /* without skipping, and skipping */
	uint64_t weights[PATH_MAX_TOUCHES];       /* a model's weight of each kept touch */
	uint64_t group_weight[PATH_MAX_TOUCHES];  /* the sum of each row's touches' weights */
	int64_t amounts[PATH_MAX_TOUCHES];        /* each row's units */
	struct group_slot slots[GROUP_SLOTS];
	unsigned stamp;
};

_Static_assert(2 * PATH_MAX_TOUCHES <= GROUP_SLOTS, "the group table stays at most half full");

/*
 * Groups the kept touches by row, rows numbered in the order of their first
 * touch (the order campaign_attribute_channels() gives channels, which the
 * apportioning's ties follow).
 */
static void
group_by_row(struct credit_scratch *s, struct credit_path *path)
{
	if (++s->stamp == 0) { /* wrapped: every old stamp could match again */
		memset(s->slots, 0, sizeof(s->slots));
		s->stamp = 1;
	}
	path->groups = 0;
	for (size_t k = 0; k < path->count; k++) {
		size_t row = s->rows[path->kept[k]];
		size_t h = (size_t)(((uint64_t)row * UINT64_C(0x9E3779B97F4A7C15)) >> (64 - GROUP_SLOT_BITS));
		while (s->slots[h].stamp == s->stamp && s->slots[h].row != row)
			h = (h + 1) & (GROUP_SLOTS - 1);
		struct group_slot *slot = &s->slots[h];
		if (slot->stamp != s->stamp) {
			*slot = (struct group_slot){ .row = row, .stamp = s->stamp, .group = (unsigned)path->groups };
			path->group_row[path->groups++] = row;
		}
		path->group_of[k] = slot->group;
	}
}

/* The person's touches up to the conversion, in time order, then the conversion's own. */
static size_t
path_until(struct credit_scratch *s, const struct person_path *p, size_t own_row, int64_t when)
{
	size_t n = 0;
	for (size_t i = 0; p && i < p->count; i++) {
		const struct person_touch *t = &p->touches[p->order[i]];
		if (t->time > when)
			break; /* after the conversion, as is everything after it */
		s->touches[n] = (campaign_touch){ .time = t->time, .kind = CAMPAIGN_TOUCH_SIGNIFICANT };
		s->rows[n++] = t->row;
	}
	if (own_row != ROW_NONE) {
		s->touches[n] = (campaign_touch){ .time = when, .kind = CAMPAIGN_TOUCH_SIGNIFICANT };
		s->rows[n++] = own_row;
	}
	return n;
}

int
campaign__report_credit(campaign_report *r, const struct person_path *p, size_t own_row,
                        int64_t when)
{
	if (!r->credit && !(r->credit = calloc(1, sizeof(*r->credit))))
		return CAMPAIGN_ENOMEM;
	struct credit_scratch *s = r->credit;
	size_t n = path_until(s, p, own_row, when);
	/* The models differ in their weights and in skipping or not: two paths serve all seven. */
	const campaign_attribution_options window = CAMPAIGN_ATTRIBUTION_OPTIONS_INIT;
	for (int skip = 0; skip < 2; skip++) {
		struct credit_path *path = &s->paths[skip];
		path->count = campaign__attribution_window(&window, s->touches, n, when, skip, path->kept);
		group_by_row(s, path);
	}
	for (int m = 0; m < CAMPAIGN_ATTRIBUTION_MODEL_COUNT; m++) {
		campaign_attribution_options o = window;
		o.model = (campaign_attribution_model)m;
		struct credit_path *path = &s->paths[campaign__attribution_skips(&o) != 0];
		if (path->count == 0)
			continue; /* every touch outside the window: no model credits anyone */
		struct attribution_path weighed = { path->kept, path->count };
		campaign__attribution_weights(&o, s->touches, &weighed, s->weights);
		memset(s->group_weight, 0, path->groups * sizeof(*s->group_weight));
		for (size_t k = 0; k < path->count; k++)
			s->group_weight[path->group_of[k]] += s->weights[k];
		if (campaign__apportion(s->group_weight, path->groups, CREDIT_UNITS, s->amounts))
			return CAMPAIGN_ENOMEM;
		for (size_t g = 0; g < path->groups; g++)
			campaign__report_row(r, path->group_row[g])->counts.credit[m] += (uint64_t)s->amounts[g];
	}
	return CAMPAIGN_OK;
}
