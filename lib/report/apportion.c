/*
 * Largest-remainder apportionment in exact integer arithmetic. Floating
 * point would do for per cent, but not for money: 1/3 of 100.00 must be
 * 33.34 + 33.33 + 33.33, on every machine, never 99.99 or 100.01.
 *
 * Linear in the number of weights: a report apportions every conversion
 * by every model, so the leftover units go to the largest remainders
 * chosen by selection, not by sorting them all.
 */
#include "apportion.h"

#include <stdlib.h>

/* The product total * weight needs 50 + 63 bits: GCC's 128-bit integers. */
__extension__ typedef unsigned __int128 u128;

struct remainder {
	u128 rest; /* (total * weight) mod W: the fraction's numerator */
	size_t index;
};

/* Whether x gets a leftover unit before y: the larger remainder, then the earlier entry. */
static int
comes_first(const struct remainder *x, const struct remainder *y)
{
	if (x->rest != y->rest)
		return x->rest > y->rest;
	return x->index < y->index;
}

static int
larger_remainder_first(const void *a, const void *b)
{
	return comes_first(a, b) ? -1 : comes_first(b, a);
}

static void
swap(struct remainder *a, struct remainder *b)
{
	struct remainder t = *a;
	*a = *b;
	*b = t;
}

/* The median of three entries, by comes_first: the pivot. */
static size_t
median_of_three(const struct remainder *r, size_t a, size_t b, size_t c)
{
	if (comes_first(&r[a], &r[b]))
		return comes_first(&r[b], &r[c]) ? b : comes_first(&r[a], &r[c]) ? c : a;
	return comes_first(&r[a], &r[c]) ? a : comes_first(&r[b], &r[c]) ? c : b;
}

/*
 * Moves the k entries that come first into r[0..k), in any order:
 * quickselect, expected linear. The order is total (indexes differ), so
 * the k entries are the same whatever the pivots; past a depth that only
 * bad pivots reach, what is left is sorted instead (n log n at worst).
 */
static void
select_first(struct remainder *r, size_t n, size_t k)
{
	size_t lo = 0, hi = n;
	unsigned depth = 0;
	for (size_t m = n; m; m >>= 1)
		depth += 2;
	while (hi - lo > 1) {
		if (depth-- == 0) {
			qsort(r + lo, hi - lo, sizeof(*r), larger_remainder_first);
			return;
		}
		swap(&r[median_of_three(r, lo, lo + (hi - lo) / 2, hi - 1)], &r[hi - 1]);
		size_t p = lo;
		for (size_t i = lo; i + 1 < hi; i++)
			if (comes_first(&r[i], &r[hi - 1]))
				swap(&r[i], &r[p++]);
		swap(&r[p], &r[hi - 1]);
		if (p == k)
			return;
		if (p < k)
			lo = p + 1;
		else
			hi = p;
	}
}

int
campaign__apportion(const uint64_t *weights, size_t n, int64_t total, int64_t *out)
{
	u128 sum = 0;
	for (size_t i = 0; i < n; i++)
		sum += weights[i];
	if (n == 0 || sum == 0)
		return 0;
	struct remainder *rem = malloc(n * sizeof(*rem));
	if (!rem)
		return -1;
	/* Every product total * weight fits 64 bits when total * sum does: the cheaper division. */
	int narrow = sum <= UINT64_MAX && (total == 0 || (uint64_t)sum <= UINT64_MAX / (uint64_t)total);
	int64_t given = 0;
	for (size_t i = 0; i < n; i++) {
		if (narrow) {
			/* Most shares of a long path are below one unit: no division for those. */
			uint64_t scaled = (uint64_t)total * weights[i];
			out[i] = scaled < (uint64_t)sum ? 0 : (int64_t)(scaled / (uint64_t)sum);
			rem[i].rest = scaled < (uint64_t)sum ? scaled : scaled % (uint64_t)sum;
		} else {
			u128 scaled = (u128)(uint64_t)total * weights[i];
			out[i] = (int64_t)(scaled / sum);
			rem[i].rest = scaled % sum;
		}
		given += out[i];
		rem[i].index = i;
	}
	/* Fewer than n units are left: each floor lost less than one. */
	size_t left = (size_t)(total - given);
	if (left > 0) {
		select_first(rem, n, left);
		for (size_t k = 0; k < left; k++)
			out[rem[k].index]++;
	}
	free(rem);
	return 0;
}
