/*
 * The path a conversion is shared along. Counting rules people expect from
 * GA4 and Yandex Metrica: nothing after the conversion counts, nothing older
 * than the lookback window, nothing before a long gap in the history; and
 * direct visits count only when nothing else brought the person.
 *
 * The rules are applied to touches already in time order
 * (campaign__attribution_window), so that a caller who keeps its touches in
 * order, as a report keeps each person's path, sorts once per path and not
 * once per conversion and model.
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

/* The first of sorted[lo..hi) that comes after the last gap too long (hi: none is left). */
static size_t
history_start(const campaign_touch *sorted, size_t lo, size_t hi, int64_t conversion_time,
              unsigned int gap_days)
{
	if (gap_days == 0 || lo == hi)
		return lo;
	uint64_t gap = (uint64_t)gap_days * SECONDS_PER_DAY;
	if (seconds_between(sorted[hi - 1].time, conversion_time) > gap)
		return hi;
	for (size_t i = hi - 1; i > lo; i--)
		if (seconds_between(sorted[i - 1].time, sorted[i].time) > gap)
			return i;
	return lo;
}

static int
is_significant(const campaign_touch *t)
{
	return t->kind == CAMPAIGN_TOUCH_SIGNIFICANT;
}

size_t
campaign__attribution_window(const campaign_attribution_options *options,
                             const campaign_touch *sorted, size_t n, int64_t conversion_time,
                             int skip, size_t *kept)
{
	/* In time order, the touches too old are a prefix and those after the conversion a suffix. */
	uint64_t lookback = (uint64_t)options->lookback_days * SECONDS_PER_DAY;
	size_t lo = 0, hi = n;
	while (hi > lo && sorted[hi - 1].time > conversion_time)
		hi--;
	while (lookback && lo < hi && seconds_between(sorted[lo].time, conversion_time) > lookback)
		lo++;
	size_t start = history_start(sorted, lo, hi, conversion_time, options->gap_days);

	size_t significant = 0;
	for (size_t i = start; i < hi; i++)
		significant += is_significant(&sorted[i]);
	/* GA4: direct gets the credit only when the whole path is direct. */
	int keep_all = !skip || significant == 0;
	size_t count = 0;
	for (size_t i = start; i < hi; i++)
		if (keep_all || is_significant(&sorted[i]))
			kept[count++] = i;
	return count;
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
	struct timed_index *by_time = malloc(touch_count * sizeof(*by_time));
	campaign_touch *sorted = malloc(touch_count * sizeof(*sorted));
	size_t *order = malloc(touch_count * sizeof(*order));
	if (!by_time || !sorted || !order) {
		free(by_time);
		free(sorted);
		free(order);
		return -1;
	}
	for (size_t i = 0; i < touch_count; i++) {
		by_time[i].time = touches[i].time;
		by_time[i].index = i;
	}
	qsort(by_time, touch_count, sizeof(*by_time), earlier_first);
	for (size_t i = 0; i < touch_count; i++)
		sorted[i] = touches[by_time[i].index];
	path->count = campaign__attribution_window(options, sorted, touch_count, conversion_time, skip,
	                                           order);
	/* From positions in time order back to the caller's indexes. */
	for (size_t k = 0; k < path->count; k++)
		order[k] = by_time[order[k]].index;
	free(by_time);
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
