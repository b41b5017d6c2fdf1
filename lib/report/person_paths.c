/*
 * People's paths: a person key (the caller's number, a CRM id) links a
 * person's touches. Memory grows with people: a path keeps its latest
 * PERSON_TOUCHES_MAX touches (a robot dialer's thousand calls are one
 * person, not a thousand paths), in time order as they come (each
 * conversion reads its path in order, so it is never sorted again).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "report_internal.h"

int
campaign__report_person_key(const char *who, char *key, size_t size)
{
	if (!who)
		return -1;
	char digits[32];
	size_t n = 0, other = 0;
	for (const char *p = who; *p; p++) {
		if (*p >= '0' && *p <= '9') {
			if (n + 1 < sizeof(digits))
				digits[n++] = *p;
		} else if (!strchr(" +-().\t", *p)) {
			other++;
		}
	}
	digits[n] = '\0';
	/* A phone number: only digits and separators, enough digits for one. */
	if (n >= 7 && other == 0) {
		snprintf(key, size, "p:%s", n > 10 ? digits + n - 10 : digits);
		return 0;
	}
	while (isspace((unsigned char)*who))
		who++;
	size_t len = strlen(who);
	while (len && isspace((unsigned char)who[len - 1]))
		len--;
	if (len == 0)
		return -1;
	snprintf(key, size, "k:%.*s", (int)len, who);
	return 0;
}

struct person_path *
campaign__report_person_path(campaign_report *r, const char *key, int create)
{
	size_t *index = campaign__str_map_find(&r->people, key, strlen(key));
	if (index)
		return &r->paths[*index];
	if (!create)
		return NULL;
	if (r->path_count == r->path_cap) {
		size_t cap = r->path_cap ? r->path_cap * 2 : 64;
		struct person_path *paths = realloc(r->paths, cap * sizeof(*paths));
		if (!paths)
			return NULL;
		r->paths = paths;
		r->path_cap = cap;
	}
	if (!campaign__str_map_insert(&r->people, key, strlen(key), r->path_count, NULL))
		return NULL;
	struct person_path *p = &r->paths[r->path_count++];
	memset(p, 0, sizeof(*p));
	return p;
}

/* Whether touch a comes before a touch at `time` in slot b: by time, then by slot. */
static int
before(const struct person_path *p, size_t a, int64_t time, size_t b)
{
	return p->touches[a].time < time || (p->touches[a].time == time && a < b);
}

/*
 * Puts slot s (its touch written) into order[0..n) at its place: linear,
 * and from the end, since touches mostly come in time order.
 */
static void
order_insert(struct person_path *p, size_t n, size_t s)
{
	size_t k = n;
	while (k > 0 && !before(p, p->order[k - 1], p->touches[s].time, s)) {
		p->order[k] = p->order[k - 1];
		k--;
	}
	p->order[k] = (uint16_t)s;
}

int
campaign__report_touch(campaign_report *r, const char *key, int64_t time, size_t row)
{
	_Static_assert(PERSON_TOUCHES_MAX <= UINT16_MAX, "a path's order is kept in uint16_t");
	struct person_path *p = campaign__report_person_path(r, key, 1);
	if (!p)
		return CAMPAIGN_ENOMEM;
	if (p->count == PERSON_TOUCHES_MAX) {
		/* Full: the new touch takes the oldest one's place (the first in order), if it is newer. */
		size_t oldest = p->order[0];
		if (time > p->touches[oldest].time) {
			memmove(p->order, p->order + 1, (p->count - 1) * sizeof(*p->order));
			p->touches[oldest] = (struct person_touch){ time, row };
			order_insert(p, p->count - 1, oldest);
		}
		return CAMPAIGN_OK;
	}
	if (p->count == p->cap) {
		/* One block, the order after the touches: a second allocation per person costs more. */
		size_t cap = p->cap ? p->cap * 2 : 4;
		struct person_touch *t = realloc(p->touches, cap * (sizeof(*t) + sizeof(*p->order)));
		if (!t)
			return CAMPAIGN_ENOMEM;
		p->order = (uint16_t *)(void *)(t + cap);
		memmove(p->order, t + p->cap, p->count * sizeof(*p->order));
		p->touches = t;
		p->cap = cap;
	}
	p->touches[p->count] = (struct person_touch){ time, row };
	order_insert(p, p->count, p->count);
	p->count++;
	return CAMPAIGN_OK;
}

void
campaign__report_people_free(campaign_report *r)
{
	for (size_t i = 0; i < r->path_count; i++)
		free(r->paths[i].touches); /* and the order after them */
	free(r->paths);
	free(r->credit);
	r->credit = NULL;
	r->paths = NULL;
	r->path_count = r->path_cap = 0;
	campaign__str_map_free(&r->people);
}

