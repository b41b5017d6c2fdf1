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
 * The candidate nearest to word, or NULL when none is close enough: the
 * same word in another ASCII case, or with look-alike characters for ASCII
 * letters (util/lookalike.h), first; else at most no edit for words of up
 * to two characters, one up to five, two up to eight, three beyond; and
 * none when two candidates are equally near (a guess would mislead).
 * candidates is a NULL-terminated array.
 */
const char *campaign__suggest(const char *word, const char *const *candidates);

/* At most this many edit distances are computed for one word. */
#define SUGGEST_MAX_COMPARED 100000

/*
 * The same, for candidates that are not in one array (a million placement
 * ids): init, offer each candidate, then campaign__suggester_best().
 * Candidates must outlive the suggester.
 */
struct suggester {
	const char *word;
	char ascii[260];
	int has_ascii;
	unsigned limit;
	const char *best;
	const char *tied; /* another candidate as near as best */
	unsigned best_distance;
	size_t computed;
};

void campaign__suggester_init(struct suggester *s, const char *word);
void campaign__suggester_offer(struct suggester *s, const char *candidate);
/* The suggestion, or NULL when none is close enough or two tie. */
const char *campaign__suggester_best(const struct suggester *s);

#endif
