/*
 * The path a conversion is shared along. Counting rules people expect from
 * GA4 and Yandex Metrica: nothing after the conversion counts, nothing older
 * than the lookback window, nothing before a long gap in the history; and
 * direct visits count only when nothing else brought the person.
 */
#include "attribution_path.h"

#include <stdint.h>
#include <stdlib.h>

#define SECONDS_PER_DAY INT64_C(86400)

struct timed_index {
	int64_t time;
	size_t index;
};

static int
earlier_first(const void *a, const void *b)
{
	const struct timed_index *x = a, *y = b;
	if (x->time != y->time)
		return x->time < y->time ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/* Seconds from `from` to `to` (to >= from), without overflow at the edges of int64. */
static uint64_t
seconds_between(int64_t from, int64_t to)
{
	return (uint64_t)to - (uint64_t)from;
}

/* The first entry of sorted[0..n) that comes after the last gap too long. */
static size_t
history_start(const struct timed_index *sorted, size_t n, int64_t conversion_time,
              unsigned int gap_days)
{
	if (gap_days == 0 || n == 0)
		return 0;
	uint64_t gap = (uint64_t)gap_days * SECONDS_PER_DAY;
	if (seconds_between(sorted[n - 1].time, conversion_time) > gap)
		return n;
	for (size_t i = n - 1; i > 0; i--)
		if (seconds_between(sorted[i - 1].time, sorted[i].time) > gap)
			return i;
	return 0;
}

static int
is_significant(const campaign_touch *t)
{
	return t->kind == CAMPAIGN_TOUCH_SIGNIFICANT;
}

int
campaign__attribution_path(struct attribution_path *path,
                           const campaign_attribution_options *options,
                           const campaign_touch *touches, size_t touch_count,
                           int64_t conversion_time, int skip)
{
	path->order = NULL;
	path->count = 0;
	if (touch_count == 0)
		return 0;
	struct timed_index *sorted = malloc(touch_count * sizeof(*sorted));
	size_t *order = malloc(touch_count * sizeof(*order));
	if (!sorted || !order) {
		free(sorted);
		free(order);
		return -1;
	}
	size_t n = 0;
	uint64_t lookback = (uint64_t)options->lookback_days * SECONDS_PER_DAY;
	for (size_t i = 0; i < touch_count; i++) {
		int64_t t = touches[i].time;
		if (t > conversion_time)
			continue;
		if (lookback && seconds_between(t, conversion_time) > lookback)
			continue;
		sorted[n].time = t;
		sorted[n].index = i;
		n++;
	}
	qsort(sorted, n, sizeof(*sorted), earlier_first);
	size_t start = history_start(sorted, n, conversion_time, options->gap_days);

	size_t significant = 0;
	for (size_t i = start; i < n; i++)
		significant += is_significant(&touches[sorted[i].index]);
	/* GA4: direct gets the credit only when the whole path is direct. */
	int keep_all = !skip || significant == 0;
	for (size_t i = start; i < n; i++) {
		size_t index = sorted[i].index;
		if (keep_all || is_significant(&touches[index]))
			order[path->count++] = index;
	}
	free(sorted);
	path->order = order;
	return 0;
}

void
campaign__attribution_path_free(struct attribution_path *path)
{
	free(path->order);
	path->order = NULL;
	path->count = 0;
}
