/*
 * What campaign_hashtag_make_unique() learned about a tag's suffixes, so
 * that the N-th copy of one text does not try the N-1 taken suffixes again
 * (N copies cost N tries, not N^2/2; issue 16 measured 49 s for 8,000).
 */
#ifndef CAMPAIGN_HASHTAG_HINT_H
#define CAMPAIGN_HASHTAG_HINT_H

#include <stddef.h>

struct hashtag_hints;

/*
 * The first candidate worth trying for body cut to max_length (0: body
 * itself, k: the k-th suffix): every candidate before it is known to be in
 * the set. 0 when nothing is known. hints may be NULL.
 */
size_t campaign__hashtag_hint_get(const struct hashtag_hints *hints, const char *body,
                                  size_t max_length);

/*
 * Records that every candidate before next is in the set: sound only
 * because a tag set never loses a tag. *hints may be NULL (made here).
 * Returns CAMPAIGN_OK or CAMPAIGN_ENOMEM (then nothing is recorded).
 */
int campaign__hashtag_hint_put(struct hashtag_hints **hints, const char *body,
                                size_t max_length, size_t next);

void campaign__hashtag_hints_free(struct hashtag_hints *hints);

#endif
