/*
 * Shares per channel. The channel's exact share (the sum of its touches'
 * weights) is apportioned, not the sum of its touches' rounded amounts:
 * A, B, A linear is A 2/3 and B 1/3, i.e. 66.67 and 33.33, where adding
 * rounded thirds would give A 66.67 or 66.66 depending on the order.
 */
#include <stdlib.h>
#include <string.h>

#include "apportion.h"
#include "attribution_internal.h"
#include "campaign/attribution.h"
#include "campaign/status.h"

struct channel_group {
	const char *channel;
	size_t first;    /* the position on the path of its first touch */
	uint64_t weight; /* the sum of its touches' weights (below 2^61: 2^20 touches of 2^40) */
};

/* Sorting key: a touch's position on the path, by channel, then position. */
struct touch_ref {
	const char *channel;
	size_t position;
	uint64_t weight;
};

static int
by_channel_then_position(const void *a, const void *b)
{
	const struct touch_ref *x = a, *y = b;
	int c = strcmp(x->channel, y->channel);
	if (c)
		return c;
	return x->position < y->position ? -1 : x->position > y->position;
}

static int
by_first_touch(const void *a, const void *b)
{
	const struct channel_group *x = a, *y = b;
	return x->first < y->first ? -1 : x->first > y->first;
}

/* Groups the path's touches by channel, in the order of each channel's first touch. */
static size_t
group_channels(struct channel_group *groups, struct touch_ref *refs,
               const campaign_touch *touches, const struct attribution_path *path,
               const uint64_t *weights)
{
	for (size_t k = 0; k < path->count; k++) {
		refs[k].channel = touches[path->order[k]].channel;
		refs[k].position = k;
		refs[k].weight = weights[k];
	}
	qsort(refs, path->count, sizeof(*refs), by_channel_then_position);
	size_t n = 0;
	for (size_t k = 0; k < path->count; k++) {
		if (n == 0 || strcmp(groups[n - 1].channel, refs[k].channel) != 0) {
			groups[n].channel = refs[k].channel;
			groups[n].first = refs[k].position;
			groups[n].weight = 0;
			n++;
		}
		groups[n - 1].weight += refs[k].weight;
	}
	qsort(groups, n, sizeof(*groups), by_first_touch);
	return n;
}

static int
share_among_groups(const campaign_touch *touches, const struct attribution_path *path,
                   const uint64_t *weights, int64_t total, campaign_attribution_share *channels,
                   size_t *channel_count)
{
	struct touch_ref *refs = malloc(path->count * sizeof(*refs));
	struct channel_group *groups = malloc(path->count * sizeof(*groups));
	uint64_t *group_weights = malloc(path->count * sizeof(*group_weights));
	int64_t *amounts = malloc(path->count * sizeof(*amounts));
	int rc = CAMPAIGN_ENOMEM;
	if (refs && groups && group_weights && amounts) {
		size_t n = group_channels(groups, refs, touches, path, weights);
		for (size_t g = 0; g < n; g++)
			group_weights[g] = groups[g].weight;
		if (campaign__apportion(group_weights, n, total, amounts) == 0) {
			for (size_t g = 0; g < n; g++) {
				channels[g].channel = groups[g].channel;
				channels[g].amount = amounts[g];
			}
			*channel_count = n;
			rc = CAMPAIGN_OK;
		}
	}
	free(refs);
	free(groups);
	free(group_weights);
	free(amounts);
	return rc;
}

CAMPAIGN_API int
campaign_attribute_channels(const campaign_attribution_options *options,
                            const campaign_touch *touches, size_t touch_count,
                            int64_t conversion_time, int64_t total,
                            campaign_attribution_share *channels, size_t *channel_count,
                            campaign_diags *diags)
{
	campaign_attribution_options opts;
	int rc = campaign__attribution_check(&opts, options, touches, touch_count, total, channels,
	                                     diags);
	if (rc)
		return rc;
	if (!channel_count) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "attribution: channel_count must not be NULL");
		return CAMPAIGN_EINVALID;
	}
	*channel_count = 0;
	struct attribution_path path;
	uint64_t *weights;
	rc = campaign__attribution_weigh(&path, &weights, &opts, touches, touch_count,
	                                 conversion_time);
	if (rc)
		return campaign__attribution_report(rc, diags);
	for (size_t k = 0; k < path.count && rc == CAMPAIGN_OK; k++) {
		if (!touches[path.order[k]].channel) {
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
			                   "attribution: touch %zu has no channel to be credited to",
			                   path.order[k]);
			rc = CAMPAIGN_EINVALID;
		}
	}
	if (rc == CAMPAIGN_OK)
		rc = share_among_groups(touches, &path, weights, total, channels, channel_count);
	free(weights);
	campaign__attribution_path_free(&path);
	return campaign__attribution_report(rc, diags);
}
