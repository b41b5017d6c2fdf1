/*
 * A string and object arena: many small allocations freed at once. The spec
 * model keeps every string of a campaign here, so loading 100,000 placements
 * costs a few large allocations and freeing it is one call.
 */
#ifndef CAMPAIGN_UTIL_ARENA_H
#define CAMPAIGN_UTIL_ARENA_H

#include <stddef.h>

struct arena_chunk;

struct arena {
	struct arena_chunk *head;
};

/* Zeroed memory of n bytes, aligned for any object; NULL when out of memory. */
void *campaign__arena_alloc(struct arena *a, size_t n);
/* A NUL-terminated copy of the first n bytes of s; NULL when out of memory. */
char *campaign__arena_strndup(struct arena *a, const char *s, size_t n);
char *campaign__arena_strdup(struct arena *a, const char *s);
void campaign__arena_free(struct arena *a);

#endif
