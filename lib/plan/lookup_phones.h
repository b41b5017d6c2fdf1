/*
 * The numbers of a lookup's items, sorted (internal), for phone queries:
 * `campaign report --calls` asks one per caller, and each read every
 * placement's number (70 % of a report of 100,000 calls against 100,000
 * placements). A query names an item when their keys are equal
 * (campaign__phone_key()), so its candidates are one run of the sorted keys.
 */
#ifndef CAMPAIGN_LOOKUP_PHONES_H
#define CAMPAIGN_LOOKUP_PHONES_H

#include <stddef.h>

#include "plan/resolve_internal.h"

/* Room for a key: an E.164 number is at most 16 characters with its '+'. */
#define PHONE_KEY_MAX 24

/*
 * The key a number is matched by: with the spec's phone rules, the
 * normalized number itself (E.164); without, its last 10 digits, or all of
 * them when it has fewer. Two numbers match (resolve.c, phone_match(), and
 * this index) exactly when their keys are equal. @return 0, or -1 when the
 * number is too long to be one (it then matches nothing).
 */
int campaign__phone_key(int has_rules, const char *number, char key[PHONE_KEY_MAX]);

struct lookup_phones;

/* The index of l's items' numbers. @return NULL when out of memory. */
struct lookup_phones *campaign__lookup_phones_new(const campaign_lookup *l);

void campaign__lookup_phones_free(struct lookup_phones *ix);

/* The candidates of a query's key, in ascending order of item. */
struct lookup_phones_walk {
	const struct lookup_phones *ix;
	size_t run, run_end; /* the equal keys' entries */
};

void campaign__lookup_phones_walk(struct lookup_phones_walk *w, const struct lookup_phones *ix,
                                  const char *key);

/* The next candidate into *i. @return 0 when there is none left. */
int campaign__lookup_phones_next(struct lookup_phones_walk *w, size_t *i);

#endif
