/*
 * A string's 64-bit FNV-1a hash, for sorting many strings that share long
 * prefixes (a million URLs alike in their first 90 bytes) by 8 bytes
 * first and by strcmp() only where two hashes meet. Fixed, not seeded: the
 * order decides nothing a user sees, and crafted collisions cost only the
 * strcmp() there would have been without it.
 */
#ifndef CAMPAIGN_UTIL_TEXT_HASH_H
#define CAMPAIGN_UTIL_TEXT_HASH_H

#include <stdint.h>

static inline uint64_t
campaign__text_hash(const char *s)
{
	uint64_t h = UINT64_C(14695981039346656037);
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * UINT64_C(1099511628211);
	return h;
}

#endif
