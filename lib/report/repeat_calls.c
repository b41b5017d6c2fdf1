/*
 * Target calls counted whatever order the call log is in. A caller's call
 * is a repeat when it comes within the window after their last target
 * call to the same placement: over the calls in time order, the first is a
 * target, then each one at least a window after the last target. That
 * count is the largest set of the caller's calls a window apart from each
 * other, so it never falls as calls are added, and it is the same for a
 * log written oldest first, newest first (as many providers export) or
 * shuffled. A caller's calls are kept in time order to count them: a call
 * in order adds at most one in constant time, one out of order counts the
 * caller's calls again.
 */
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "report_internal.h"

/* A caller's target calls to one placement: their times, in order (at most REPEAT_CALLS_MAX). */
struct caller_calls {
	int64_t *times;   /* NULL while there is one call (its time is `last`) */
	uint32_t count, cap;
	uint32_t targets; /* the count over times */
	int64_t last;     /* the time of the last of them */
};

/* Counts cc's calls again, from the first. */
static void
recount(struct caller_calls *cc, int64_t window)
{
	cc->targets = 0;
	for (uint32_t i = 0; i < cc->count; i++) {
		if (cc->targets == 0 || cc->times[i] - cc->last >= window) {
			cc->targets++;
			cc->last = cc->times[i];
		}
	}
}

/* Adds a call at `when` (its place in time order found from the end: logs are mostly in order). */
static int
add_call(struct caller_calls *cc, int64_t when, int64_t window)
{
	if (cc->count == 0) { /* most callers call once: their time is `last`, nothing allocated */
		cc->count = cc->targets = 1;
		cc->last = when;
		return CAMPAIGN_OK;
	}
	if (cc->count == REPEAT_CALLS_MAX)
		return CAMPAIGN_OK; /* a dialer, not a person: its further calls are repeats */
	if (cc->count >= cc->cap) { /* full, or the first call still kept in `last` alone */
		uint32_t cap = cc->cap ? cc->cap * 2 : 4;
		int64_t *times = realloc(cc->times, cap * sizeof(*times));
		if (!times)
			return CAMPAIGN_ENOMEM;
		if (cc->cap == 0)
			times[0] = cc->last;
		cc->times = times;
		cc->cap = cap;
	}
	uint32_t at = cc->count;
	while (at > 0 && cc->times[at - 1] > when)
		at--;
	memmove(cc->times + at + 1, cc->times + at, (cc->count - at) * sizeof(*cc->times));
	cc->times[at] = when;
	cc->count++;
	if (at + 1 < cc->count) {
		recount(cc, window);
	} else if (cc->targets == 0 || when - cc->last >= window) {
		cc->targets++;
		cc->last = when;
	}
	return CAMPAIGN_OK;
}

int
campaign__report_repeat_call(campaign_report *r, size_t *slot, int64_t when, uint64_t *new_targets)
{
	*new_targets = 0;
	if (*slot == 0) {
		if (r->caller_calls_count == r->caller_calls_cap) {
			size_t cap = r->caller_calls_cap ? r->caller_calls_cap * 2 : 64;
			struct caller_calls *all = realloc(r->caller_calls, cap * sizeof(*all));
			if (!all)
				return CAMPAIGN_ENOMEM;
			r->caller_calls = all;
			r->caller_calls_cap = cap;
		}
		memset(&r->caller_calls[r->caller_calls_count], 0, sizeof(*r->caller_calls));
		*slot = ++r->caller_calls_count;
	}
	struct caller_calls *cc = &r->caller_calls[*slot - 1];
	uint32_t before = cc->targets;
	int rc = add_call(cc, when, (int64_t)r->opts.repeat_call_hours * 3600);
	*new_targets = cc->targets - before; /* never fewer: see the top of this file */
	return rc;
}

void
campaign__report_repeat_calls_free(campaign_report *r)
{
	for (size_t i = 0; i < r->caller_calls_count; i++)
		free(r->caller_calls[i].times);
	free(r->caller_calls);
	r->caller_calls = NULL;
	r->caller_calls_count = r->caller_calls_cap = 0;
}
