/*
 * Open addressing with linear probing, at most half full. The hash is
 * FNV-1a started from a per-map random seed: keys come from files a report
 * reads (URLs in an access log), and a fixed hash lets crafted keys pile up
 * in one probe run, turning a million lines quadratic.
 */
#include "util/str_map.h"

#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

struct str_map_slot {
	const char *key; /* NULL: empty */
	size_t len;
	size_t value;
	uint64_t hash;
};

static uint64_t
hash_bytes(uint64_t seed, const char *s, size_t len)
{
	uint64_t h = UINT64_C(14695981039346656037) ^ seed;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * UINT64_C(1099511628211);
	return h ^ (h >> 29);
}

void
campaign__str_map_init(struct str_map *m)
{
	memset(m, 0, sizeof(*m));
	/* Any seed will do for correctness; a random one for hostile keys. */
	if (getrandom(&m->seed, sizeof(m->seed), GRND_NONBLOCK) != (ssize_t)sizeof(m->seed))
		m->seed = (uint64_t)(uintptr_t)m;
}

void
campaign__str_map_free(struct str_map *m)
{
	free(m->slots);
	campaign__arena_free(&m->keys);
	m->slots = NULL;
	m->cap = m->used = 0;
}

static struct str_map_slot *
probe(struct str_map_slot *slots, size_t cap, uint64_t hash, const char *key, size_t len)
{
	size_t i = (size_t)hash & (cap - 1);
	while (slots[i].key && !(slots[i].hash == hash && slots[i].len == len &&
	                         memcmp(slots[i].key, key, len) == 0))
		i = (i + 1) & (cap - 1);
	return &slots[i];
}

size_t *
campaign__str_map_find(const struct str_map *m, const char *key, size_t len)
{
	if (!m->cap)
		return NULL;
	struct str_map_slot *s = probe(m->slots, m->cap, hash_bytes(m->seed, key, len), key, len);
	return s->key ? &s->value : NULL;
}

static int
grow(struct str_map *m)
{
	size_t cap = m->cap ? m->cap * 2 : 64;
	struct str_map_slot *slots = calloc(cap, sizeof(*slots));
	if (!slots)
		return -1;
	for (size_t i = 0; i < m->cap; i++)
		if (m->slots[i].key)
			*probe(slots, cap, m->slots[i].hash, m->slots[i].key, m->slots[i].len) = m->slots[i];
	free(m->slots);
	m->slots = slots;
	m->cap = cap;
	return 0;
}

size_t *
campaign__str_map_insert(struct str_map *m, const char *key, size_t len, size_t value, int *added)
{
	if (added)
		*added = 0;
	if ((m->used + 1) * 2 > m->cap && grow(m))
		return NULL;
	uint64_t hash = hash_bytes(m->seed, key, len);
	struct str_map_slot *s = probe(m->slots, m->cap, hash, key, len);
	if (s->key)
		return &s->value;
	char *copy = campaign__arena_strndup(&m->keys, key, len);
	if (!copy)
		return NULL;
	*s = (struct str_map_slot){ copy, len, value, hash };
	m->used++;
	if (added)
		*added = 1;
	return &s->value;
}

