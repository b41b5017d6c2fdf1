/* Phone queries by a sorted index of the items' numbers: see lookup_phones.h. */
#include "plan/lookup_phones.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Last digits compared when the country code and trunk prefix are unknown (resolve.c's rule). */
#define SUFFIX_DIGITS 10

struct phone_entry {
	char key[PHONE_KEY_MAX];
	uint32_t item;
};

struct lookup_phones {
	struct phone_entry *entries; /* by key, then item */
	size_t count;
};

int
campaign__phone_key(int has_rules, const char *number, char key[PHONE_KEY_MAX])
{
	if (has_rules) {
		size_t n = strlen(number);
		if (n >= PHONE_KEY_MAX)
			return -1;
		memcpy(key, number, n + 1);
		return 0;
	}
	char digits[64]; /* more than a query holds (ID_QUERY_DIGITS_MAX): a longer text has no key */
	size_t n = 0;
	for (const char *p = number; *p; p++) {
		if (*p < '0' || *p > '9')
			continue;
		if (n + 1 >= sizeof(digits))
			return -1;
		digits[n++] = *p;
	}
	size_t keep = n < SUFFIX_DIGITS ? n : SUFFIX_DIGITS;
	memcpy(key, digits + n - keep, keep);
	key[keep] = '\0';
	return 0;
}

static int
compare_entries(const void *a, const void *b)
{
	const struct phone_entry *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	return c ? c : (x->item > y->item) - (x->item < y->item);
}

struct lookup_phones *
campaign__lookup_phones_new(const campaign_lookup *l)
{
	if (l->count >= UINT32_MAX)
		return NULL;
	struct lookup_phones *ix = calloc(1, sizeof(*ix));
	if (!ix)
		return NULL;
	size_t with_phone = 0;
	for (size_t i = 0; i < l->count; i++)
		with_phone += l->items[i].pub.phone != NULL;
	ix->entries = malloc((with_phone ? with_phone : 1) * sizeof(*ix->entries));
	if (!ix->entries) {
		campaign__lookup_phones_free(ix);
		return NULL;
	}
	for (size_t i = 0; i < l->count; i++) {
		const char *phone = l->items[i].pub.phone;
		if (!phone)
			continue;
		struct phone_entry *e = &ix->entries[ix->count];
		if (campaign__phone_key(l->has_rules, phone, e->key) == 0) {
			e->item = (uint32_t)i;
			ix->count++;
		}
	}
	qsort(ix->entries, ix->count, sizeof(*ix->entries), compare_entries);
	return ix;
}

void
campaign__lookup_phones_free(struct lookup_phones *ix)
{
	if (!ix)
		return;
	free(ix->entries);
	free(ix);
}

void
campaign__lookup_phones_walk(struct lookup_phones_walk *w, const struct lookup_phones *ix,
                             const char *key)
{
	/* The first entry not below key, then the run of those equal to it. */
	size_t lo = 0, hi = ix->count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(ix->entries[mid].key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t end = lo;
	while (end < ix->count && strcmp(ix->entries[end].key, key) == 0)
		end++;
	*w = (struct lookup_phones_walk){ .ix = ix, .run = lo, .run_end = end };
}

int
campaign__lookup_phones_next(struct lookup_phones_walk *w, size_t *i)
{
	if (w->run >= w->run_end)
		return 0;
	*i = w->ix->entries[w->run++].item;
	return 1;
}
