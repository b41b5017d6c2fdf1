/* An inverted index from utm_* (key, value) to a lookup's items: lookup_index.h. */
#include "plan/lookup_index.h"

#include <glib.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "util/arena.h"

/*
 * Pairs are gathered as (item, pair id) in item order, then laid out as one
 * array of item indices grouped by pair: a million placements' distinct
 * utm_content values cost a hash entry each, not a list each.
 */
struct posting {
	uint32_t item, pair;
};

struct lookup_index {
	struct arena arena;  /* the pairs' keys and their strings */
	GHashTable *pairs;   /* struct pair -> GUINT_TO_POINTER(pair id + 1) */
	GArray *postings;    /* struct posting, until finished */
	GArray *always;      /* uint32_t, ascending */
	uint32_t *start;     /* pair id -> first of its items in items; one more for the end */
	uint32_t *items;
};

/* A (key, value); a query looks one up with its own strings, without a copy. */
struct pair {
	const char *key, *value;
};

static guint
pair_hash(gconstpointer p)
{
	const struct pair *x = p;
	return g_str_hash(x->key) * 31u + g_str_hash(x->value);
}

static gboolean
pair_equal(gconstpointer a, gconstpointer b)
{
	const struct pair *x = a, *y = b;
	return strcmp(x->key, y->key) == 0 && strcmp(x->value, y->value) == 0;
}

/* The pair id + 1 of a parameter, or 0 when no item has it. */
static guint
pair_id(const struct lookup_index *ix, const struct url_param *p)
{
	struct pair probe = { p->key, p->value };
	return GPOINTER_TO_UINT(g_hash_table_lookup(ix->pairs, &probe));
}

struct lookup_index *
campaign__lookup_index_new(void)
{
	struct lookup_index *ix = calloc(1, sizeof(*ix));
	if (!ix)
		return NULL;
	ix->pairs = g_hash_table_new(pair_hash, pair_equal);
	ix->postings = g_array_new(FALSE, FALSE, sizeof(struct posting));
	ix->always = g_array_new(FALSE, FALSE, sizeof(uint32_t));
	return ix;
}

int
campaign__lookup_index_add(struct lookup_index *ix, uint32_t i, const struct url_param *utm,
                           size_t count)
{
	for (size_t k = 0; k < count; k++) {
		if (ix->postings->len == UINT32_MAX)
			return CAMPAIGN_ENOMEM; /* start[] counts in 32 bits: the queries scan instead */
		guint id = pair_id(ix, &utm[k]);
		if (!id) {
			guint n = g_hash_table_size(ix->pairs);
			struct pair *key = campaign__arena_alloc(&ix->arena, sizeof(*key));
			if (!key || n == UINT32_MAX - 1 ||
			    !(key->key = campaign__arena_strdup(&ix->arena, utm[k].key)) ||
			    !(key->value = campaign__arena_strdup(&ix->arena, utm[k].value)))
				return CAMPAIGN_ENOMEM;
			id = n + 1;
			g_hash_table_insert(ix->pairs, key, GUINT_TO_POINTER(id));
		}
		struct posting p = { i, id - 1 };
		g_array_append_val(ix->postings, p);
	}
	return CAMPAIGN_OK;
}

int
campaign__lookup_index_add_always(struct lookup_index *ix, uint32_t i)
{
	g_array_append_val(ix->always, i);
	return CAMPAIGN_OK;
}

int
campaign__lookup_index_finish(struct lookup_index *ix)
{
	size_t pairs = g_hash_table_size(ix->pairs), n = ix->postings->len;
	ix->start = calloc(pairs + 1, sizeof(*ix->start));
	ix->items = malloc((n ? n : 1) * sizeof(*ix->items));
	if (!ix->start || !ix->items)
		return CAMPAIGN_ENOMEM;
	const struct posting *p = (const struct posting *)(void *)ix->postings->data;
	/* A counting sort by pair: stable, so each pair's items stay ascending. */
	for (size_t k = 0; k < n; k++)
		ix->start[p[k].pair + 1]++;
	for (size_t s = 0; s < pairs; s++)
		ix->start[s + 1] += ix->start[s];
	uint32_t *next = malloc((pairs ? pairs : 1) * sizeof(*next));
	if (!next)
		return CAMPAIGN_ENOMEM;
	memcpy(next, ix->start, pairs * sizeof(*next));
	for (size_t k = 0; k < n; k++)
		ix->items[next[p[k].pair]++] = p[k].item;
	free(next);
	g_array_free(ix->postings, TRUE);
	ix->postings = NULL;
	return CAMPAIGN_OK;
}

void
campaign__lookup_index_free(struct lookup_index *ix)
{
	if (!ix)
		return;
	g_hash_table_destroy(ix->pairs);
	if (ix->postings)
		g_array_free(ix->postings, TRUE);
	g_array_free(ix->always, TRUE);
	free(ix->start);
	free(ix->items);
	campaign__arena_free(&ix->arena);
	free(ix);
}

void
campaign__lookup_index_walk(struct lookup_index_walk *w, const struct lookup_index *ix,
                            const struct url_param *utm, size_t count)
{
	memset(w, 0, sizeof(*w));
	w->always = (const uint32_t *)(void *)ix->always->data;
	w->always_count = ix->always->len;
	for (size_t k = 0; k < count; k++) {
		guint id = pair_id(ix, &utm[k]);
		if (!id) { /* no item has this pair: only those never taken apart may match */
			w->rare = NULL;
			w->rare_count = 0;
			return;
		}
		const uint32_t *list = ix->items + ix->start[id - 1];
		size_t len = ix->start[id] - ix->start[id - 1];
		if (!w->rare || len < w->rare_count) {
			w->rare = list;
			w->rare_count = len;
		}
	}
}

int
campaign__lookup_index_next(struct lookup_index_walk *w, size_t *i)
{
	int more_r = w->r < w->rare_count, more_a = w->a < w->always_count;
	if (!more_r && !more_a)
		return 0;
	/* An item is in one list or the other, never both. */
	if (more_r && (!more_a || w->rare[w->r] < w->always[w->a]))
		*i = w->rare[w->r++];
	else
		*i = w->always[w->a++];
	return 1;
}
