/*
 * A map from byte strings to a size_t, for the report's caches and counts:
 * keys are copied into an arena, lookups and inserts are O(1) on average,
 * and every allocation failure is returned, never an abort (a library
 * other programs link must not take their process down; GLib's containers
 * would). Keys compare byte for byte.
 */
#ifndef CAMPAIGN_UTIL_STR_MAP_H
#define CAMPAIGN_UTIL_STR_MAP_H

#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"

struct str_map_slot;

struct str_map {
	struct str_map_slot *slots;
	size_t cap;  /* 0, or a power of two */
	size_t used;
	uint64_t seed; /* per map, so that keys an attacker chose do not all collide */
	struct arena keys;
};

void campaign__str_map_init(struct str_map *m);
void campaign__str_map_free(struct str_map *m);

/* The value of key (len bytes), or NULL when it is not in the map. */
size_t *campaign__str_map_find(const struct str_map *m, const char *key, size_t len);

/*
 * The value of key, added with `value` when it is not there yet (*added
 * says which, may be NULL).
 * @return a pointer to the value (valid until the next insert), or NULL
 *         when out of memory (the map is unchanged).
 */
size_t *campaign__str_map_insert(struct str_map *m, const char *key, size_t len, size_t value,
                                 int *added);

#endif
