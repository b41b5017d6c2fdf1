#include "util/id_index.h"

#include <stdint.h>
#include <stdlib.h>
#include <strings.h>

static size_t
fold_hash(const char *id)
{
	/* FNV-1a over the ASCII-lowercased bytes, so ids equal ignoring case meet. */
	size_t h = 2166136261u;
	for (const unsigned char *p = (const unsigned char *)id; *p; p++)
		h = (h ^ (size_t)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p)) * 16777619u;
	return h;
}

/* The slot holding id, or the empty slot where it would go; cap must be nonzero. */
static size_t *
slot_of(const struct id_index *x, size_t *slots, size_t cap, const char *id)
{
	size_t i = fold_hash(id) & (cap - 1);
	while (slots[i] && strcasecmp(x->key(x->owner, slots[i] - 1), id) != 0)
		i = (i + 1) & (cap - 1);
	return &slots[i];
}

void
campaign__id_index_init(struct id_index *x, id_index_key_fn key, const void *owner)
{
	*x = (struct id_index){ .key = key, .owner = owner };
}

void
campaign__id_index_free(struct id_index *x)
{
	free(x->slots);
	x->slots = NULL;
	x->cap = x->used = 0;
}

size_t
campaign__id_index_find(const struct id_index *x, const char *id)
{
	if (!x->cap || !id)
		return SIZE_MAX;
	size_t s = *slot_of(x, x->slots, x->cap, id);
	return s ? s - 1 : SIZE_MAX;
}

/* Twice the size, every position placed again; at most half full after. */
static int
grow(struct id_index *x)
{
	size_t cap = x->cap ? x->cap * 2 : 64;
	size_t *slots = calloc(cap, sizeof(*slots));
	if (!slots)
		return -1;
	for (size_t i = 0; i < x->cap; i++)
		if (x->slots[i])
			*slot_of(x, slots, cap, x->key(x->owner, x->slots[i] - 1)) = x->slots[i];
	free(x->slots);
	x->slots = slots;
	x->cap = cap;
	return 0;
}

int
campaign__id_index_reserve(struct id_index *x, size_t more)
{
	while ((x->used + more) * 2 > x->cap)
		if (grow(x))
			return -1;
	return 0;
}

int
campaign__id_index_add(struct id_index *x, size_t i)
{
	if (campaign__id_index_reserve(x, 1))
		return -1;
	size_t *slot = slot_of(x, x->slots, x->cap, x->key(x->owner, i));
	if (!*slot) {
		*slot = i + 1;
		x->used++;
	} else {
		x->folded_duplicates = 1;
	}
	return 0;
}
