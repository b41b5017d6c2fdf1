#include "util/arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK_SIZE ((size_t)64 * 1024)

struct arena_chunk {
	struct arena_chunk *next;
	size_t used;
	size_t size;
	alignas(max_align_t) unsigned char data[];
};

/*
 * n bytes at a multiple of align. Strings take align 1: padding each to 16
 * bytes wasted 60 bytes a placement of a big table (eight strings a row).
 */
static void *
take(struct arena *a, size_t n, size_t align)
{
	if (n > SIZE_MAX - CHUNK_SIZE)
		return NULL;
	struct arena_chunk *c = a->head;
	size_t start = c ? (c->used + align - 1) & ~(align - 1) : 0;
	if (!c || start > c->size || c->size - start < n) {
		/* Big requests get a chunk of their own, so a chunk is never mostly waste. */
		size_t size = n > CHUNK_SIZE / 4 ? n : CHUNK_SIZE;
		c = malloc(sizeof(*c) + size);
		if (!c)
			return NULL;
		c->size = size;
		c->used = 0;
		start = 0; /* data is aligned for any object */
		if (a->head && size != CHUNK_SIZE) {
			/* Keep the current chunk at the head for the small requests that follow. */
			c->next = a->head->next;
			a->head->next = c;
		} else {
			c->next = a->head;
			a->head = c;
		}
	}
	void *p = c->data + start;
	c->used = start + n;
	return p;
}

void *
campaign__arena_alloc(struct arena *a, size_t n)
{
	void *p = take(a, n, alignof(max_align_t));
	if (p)
		memset(p, 0, n);
	return p;
}

char *
campaign__arena_strndup(struct arena *a, const char *s, size_t n)
{
	if (n == SIZE_MAX)
		return NULL;
	char *p = take(a, n + 1, 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
campaign__arena_strdup(struct arena *a, const char *s)
{
	return campaign__arena_strndup(a, s, strlen(s));
}

void
campaign__arena_free(struct arena *a)
{
	struct arena_chunk *c = a->head;
	while (c) {
		struct arena_chunk *next = c->next;
		free(c);
		c = next;
	}
	a->head = NULL;
}
