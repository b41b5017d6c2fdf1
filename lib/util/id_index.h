/*
 * An index of ids that ignores ASCII case, as ids do here (Flyer-A and
 * flyer-a are one file on macOS, Windows and exFAT): open addressing over
 * positions into the owner's array, which may move as it grows: the ids
 * are read back through key(owner, position). Adding and finding are O(1) on
 * average, so 100,000 events or placements stay linear to load and look up.
 */
#ifndef CAMPAIGN_UTIL_ID_INDEX_H
#define CAMPAIGN_UTIL_ID_INDEX_H

#include <stddef.h>

/* The id at position i of the owner's array (never NULL for an indexed i). */
typedef const char *(*id_index_key_fn)(const void *owner, size_t i);

struct id_index {
	size_t *slots; /* position + 1; 0 is empty */
	size_t cap;    /* 0, or a power of two */
	size_t used;
	int folded_duplicates; /* an id was added that equals another but for case */
	id_index_key_fn key;
	const void *owner;
};

void campaign__id_index_init(struct id_index *x, id_index_key_fn key, const void *owner);
void campaign__id_index_free(struct id_index *x);

/*
 * The position of the id equal to id ignoring ASCII case, or SIZE_MAX.
 * With several such ids added, the first added.
 */
size_t campaign__id_index_find(const struct id_index *x, const char *id);

/*
 * Makes room for `more` ids, so that many adds cannot fail.
 * @return 0, or -1 when out of memory (the index is unchanged).
 */
int campaign__id_index_reserve(struct id_index *x, size_t more);

/*
 * Adds position i, whose id is key(owner, i). An id already there (ignoring
 * case) keeps its first position, and folded_duplicates is set.
 * @return 0, or -1 when out of memory (the index is unchanged).
 */
int campaign__id_index_add(struct id_index *x, size_t i);

#endif
