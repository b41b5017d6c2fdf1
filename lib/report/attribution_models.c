/*
 * Each model as integer weights. The rational models are exact ratios
 * (position based with three touches or more is 2(m-2) : 1 : ... : 2(m-2),
 * i.e. 40 % : 20 %/(m-2) : 40 %). Time decay's weights are irrational; they
 * are fixed point with 40 fraction bits, relative to the latest touch, which
 * is far finer than any unit a report shows.
 */
#include "attribution_models.h"

#include <math.h>

#define DECAY_ONE ((double)((uint64_t)1 << 40))
#define SECONDS_PER_DAY 86400.0

int
campaign__attribution_skips(const campaign_attribution_options *options)
{
	switch (options->model) {
	case CAMPAIGN_ATTRIBUTION_LAST_SIGNIFICANT:
	case CAMPAIGN_ATTRIBUTION_SEEDS:
		return 1;
	default:
		return options->skip_insignificant != 0;
	}
}

static void
position_based(size_t m, uint64_t *w)
{
	if (m <= 2) {
		for (size_t k = 0; k < m; k++)
			w[k] = 1;
		return;
	}
	for (size_t k = 1; k + 1 < m; k++)
		w[k] = 1;
	w[0] = w[m - 1] = 2 * (uint64_t)(m - 2);
}

static void
time_decay(const campaign_attribution_options *options, const campaign_touch *touches,
           const struct attribution_path *path, uint64_t *w)
{
	/*
	 * 2^(-d/h) with d the days before the conversion; taken relative to the
	 * latest touch (a common factor of every weight) so that the largest
	 * weight is 2^40 however old the path.
	 */
	int64_t latest = touches[path->order[path->count - 1]].time;
	for (size_t k = 0; k < path->count; k++) {
		/* In double: the difference of two int64 times can overflow int64. */
		double days = ((double)latest - (double)touches[path->order[k]].time) / SECONDS_PER_DAY;
		double weight = ldexp(exp2(-days / options->half_life_days), 40);
		/* At least 1: a touch on the path is shown with its (tiny) part, never dropped. */
		w[k] = weight < 1.0 ? 1 : (uint64_t)llround(weight);
	}
}

void
campaign__attribution_weights(const campaign_attribution_options *options,
                              const campaign_touch *touches,
                              const struct attribution_path *path, uint64_t *w)
{
	size_t m = path->count;
	for (size_t k = 0; k < m; k++)
		w[k] = 0;
	switch (options->model) {
	case CAMPAIGN_ATTRIBUTION_FIRST_TOUCH:
		w[0] = 1;
		break;
	case CAMPAIGN_ATTRIBUTION_LAST_TOUCH:
	case CAMPAIGN_ATTRIBUTION_LAST_SIGNIFICANT:
		w[m - 1] = 1;
		break;
	case CAMPAIGN_ATTRIBUTION_LINEAR:
		for (size_t k = 0; k < m; k++)
			w[k] = 1;
		break;
	case CAMPAIGN_ATTRIBUTION_POSITION_BASED:
		position_based(m, w);
		break;
	case CAMPAIGN_ATTRIBUTION_TIME_DECAY:
		time_decay(options, touches, path, w);
		break;
	case CAMPAIGN_ATTRIBUTION_SEEDS:
		for (size_t k = 0; k < m; k++)
			w[k] = 1;
		w[0] = 2;
		break;
	}
}
