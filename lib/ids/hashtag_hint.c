/*
 * The next suffix worth trying per tag text (see hashtag_hint.h): an open
 * addressing table keyed by the exact text and max_length, since the
 * candidates (the text cut to make room, then "_" and the suffix) depend on
 * both. Only texts that were taken at least once are recorded, so a
 * campaign of distinct tags pays nothing.
 */
#include "ids/hashtag_hint.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"

struct hint {
	char *body; /* NULL marks a free slot */
	size_t max_length;
	size_t next;
};

struct hashtag_hints {
	struct hint *slots;
	size_t cap; /* a power of two */
	size_t count;
};

static uint64_t
hash(const char *s, size_t max_length)
{
	uint64_t h = 14695981039346656037ULL ^ max_length; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

/* The slot holding (body, max_length), or the free slot where it would go. */
static struct hint *
find(const struct hashtag_hints *hints, const char *body, size_t max_length)
{
	size_t i = (size_t)hash(body, max_length) & (hints->cap - 1);
	while (hints->slots[i].body && (hints->slots[i].max_length != max_length ||
	                                strcmp(hints->slots[i].body, body) != 0))
		i = (i + 1) & (hints->cap - 1);
	return &hints->slots[i];
}

size_t
campaign__hashtag_hint_get(const struct hashtag_hints *hints, const char *body,
                           size_t max_length)
{
	if (!hints)
		return 0;
	const struct hint *h = find(hints, body, max_length);
	return h->body ? h->next : 0;
}

/* Doubles the table (or makes the first one); 0 when out of memory. */
static int
grow(struct hashtag_hints *hints)
{
	size_t cap = hints->cap ? hints->cap * 2 : 16;
	if (cap > SIZE_MAX / sizeof(struct hint))
		return 0;
	struct hashtag_hints bigger = { calloc(cap, sizeof(struct hint)), cap, hints->count };
	if (!bigger.slots)
		return 0;
	for (size_t i = 0; i < hints->cap; i++)
		if (hints->slots[i].body)
			*find(&bigger, hints->slots[i].body, hints->slots[i].max_length) = hints->slots[i];
	free(hints->slots);
	*hints = bigger;
	return 1;
}

int
campaign__hashtag_hint_put(struct hashtag_hints **hints, const char *body, size_t max_length,
                           size_t next)
{
	if (!*hints && !(*hints = calloc(1, sizeof(**hints))))
		return CAMPAIGN_ENOMEM;
	struct hashtag_hints *t = *hints;
	if (t->cap) {
		struct hint *h = find(t, body, max_length);
		if (h->body) {
			h->next = next;
			return CAMPAIGN_OK;
		}
	}
	/* At most half full, so probes stay short. */
	if ((t->count + 1) * 2 > t->cap && !grow(t))
		return CAMPAIGN_ENOMEM;
	char *copy = strdup(body);
	if (!copy)
		return CAMPAIGN_ENOMEM;
	*find(t, body, max_length) = (struct hint){ copy, max_length, next };
	t->count++;
	return CAMPAIGN_OK;
}

void
campaign__hashtag_hints_free(struct hashtag_hints *hints)
{
	if (!hints)
		return;
	for (size_t i = 0; i < hints->cap; i++)
		free(hints->slots[i].body);
	free(hints->slots);
	free(hints);
}
