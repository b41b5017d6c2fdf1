/*
 * "Did you mean" suggestions: the nearest candidate by edit distance
 * (optimal string alignment, so a swap of two letters counts as one edit),
 * close enough to be a plausible typo.
 */
#ifndef CAMPAIGN_UTIL_SUGGEST_H
#define CAMPAIGN_UTIL_SUGGEST_H

#include <stddef.h>

/* Edit distance between a and b, capped at 255 (longer inputs compare as far). */
unsigned campaign__edit_distance(const char *a, const char *b);

/*
 * The candidate nearest to word, or NULL when none is close enough: at most
 * one edit for words up to four characters, two up to eight, three beyond.
 * candidates is a NULL-terminated array.
 */
const char *campaign__suggest(const char *word, const char *const *candidates);

#endif
