/*
 * People's paths: a person key (the caller's number, a CRM id) links a
 * person's touches. Memory grows with people: a path keeps its latest
 * PERSON_TOUCHES_MAX touches (a robot dialer's thousand calls are one
 * person, not a thousand paths).
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

int
campaign__report_touch(campaign_report *r, const char *key, int64_t time, size_t row)
{
	struct person_path *p = campaign__report_person_path(r, key, 1);
	if (!p)
		return CAMPAIGN_ENOMEM;
	if (p->count == PERSON_TOUCHES_MAX) {
		/* Full: the new touch takes the oldest one's place, if it is newer. */
		size_t oldest = 0;
		for (size_t i = 1; i < p->count; i++)
			if (p->touches[i].time < p->touches[oldest].time)
				oldest = i;
		if (time > p->touches[oldest].time)
			p->touches[oldest] = (struct person_touch){ time, row };
		return CAMPAIGN_OK;
	}
	if (p->count == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 4;
		struct person_touch *t = realloc(p->touches, cap * sizeof(*t));
		if (!t)
			return CAMPAIGN_ENOMEM;
		p->touches = t;
		p->cap = cap;
	}
	p->touches[p->count++] = (struct person_touch){ time, row };
	return CAMPAIGN_OK;
}

void
campaign__report_people_free(campaign_report *r)
{
	for (size_t i = 0; i < r->path_count; i++)
		free(r->paths[i].touches);
	free(r->paths);
	r->paths = NULL;
	r->path_count = r->path_cap = 0;
	campaign__str_map_free(&r->people);
}

