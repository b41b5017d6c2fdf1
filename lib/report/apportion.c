/*
 * Largest-remainder apportionment in exact integer arithmetic. Floating
 * point would do for per cent, but not for money: 1/3 of 100.00 must be
 * 33.34 + 33.33 + 33.33, on every machine, never 99.99 or 100.01.
 */
#include "apportion.h"

#include <stdlib.h>

/* The product total * weight needs 50 + 63 bits: GCC's 128-bit integers. */
__extension__ typedef unsigned __int128 u128;

struct remainder {
	u128 rest; /* (total * weight) mod W: the fraction's numerator */
	size_t index;
};

static int
larger_remainder_first(const void *a, const void *b)
{
	const struct remainder *x = a, *y = b;
	if (x->rest != y->rest)
		return x->rest > y->rest ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
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
	int64_t given = 0;
	for (size_t i = 0; i < n; i++) {
		u128 scaled = (u128)(uint64_t)total * weights[i];
		out[i] = (int64_t)(scaled / sum);
		given += out[i];
		rem[i].rest = scaled % sum;
		rem[i].index = i;
	}
	/* Fewer than n units are left: each floor lost less than one. */
	size_t left = (size_t)(total - given);
	if (left > 0) {
		qsort(rem, n, sizeof(*rem), larger_remainder_first);
		for (size_t k = 0; k < left; k++)
			out[rem[k].index]++;
	}
	free(rem);
	return 0;
}
