/*
 * An inverted index of a lookup's URLs (internal): from a decoded utm_*
 * (key, value) to the ascending indices of the items whose URL has it.
 * A URL query names an item only if every utm_* pair of the query is the
 * item's (resolve.c, url_match()), so its candidates are the items of its
 * rarest pair, plus the items whose URL could not be taken apart, which
 * are always checked. Without it each distinct query of `campaign report`
 * read every placement's URL (issue 16).
 */
#ifndef CAMPAIGN_LOOKUP_INDEX_H
#define CAMPAIGN_LOOKUP_INDEX_H

#include <stddef.h>
#include <stdint.h>

#include "ids/url.h"

struct lookup_index;

/* An empty index to fill with items in ascending order. @return NULL when out of memory. */
struct lookup_index *campaign__lookup_index_new(void);

/* Item i has the decoded utm_* parameters utm. @return CAMPAIGN_OK or CAMPAIGN_ENOMEM. */
int campaign__lookup_index_add(struct lookup_index *ix, uint32_t i, const struct url_param *utm,
                               size_t count);

/* Item i must be checked by every query (its URL could not be taken apart). */
int campaign__lookup_index_add_always(struct lookup_index *ix, uint32_t i);

/* Lays the lists out for the searches below, once every item is in. @return CAMPAIGN_OK or CAMPAIGN_ENOMEM. */
int campaign__lookup_index_finish(struct lookup_index *ix);

void campaign__lookup_index_free(struct lookup_index *ix);

/* The items a query of these utm_* parameters may name, in ascending order. */
struct lookup_index_walk {
	const uint32_t *rare, *always; /* the rarest pair's items; the items always checked */
	size_t rare_count, always_count;
	size_t r, a;                   /* the next of each */
};

/* Starts a walk over the candidates of a query with the parameters utm (count > 0). */
void campaign__lookup_index_walk(struct lookup_index_walk *w, const struct lookup_index *ix,
                                 const struct url_param *utm, size_t count);

/* The next candidate in ascending order into *i. @return 0 when there is none left. */
int campaign__lookup_index_next(struct lookup_index_walk *w, size_t *i);

#endif
