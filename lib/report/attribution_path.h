/*
 * A person's path: the touches a model shares a conversion among, in time
 * order, with the window's and the model's exclusions applied.
 */
#ifndef CAMPAIGN_REPORT_ATTRIBUTION_PATH_H
#define CAMPAIGN_REPORT_ATTRIBUTION_PATH_H

#include <stddef.h>
#include <stdint.h>

#include "campaign/attribution.h"

struct attribution_path {
	size_t *order; /* indexes into the caller's touches, oldest first */
	size_t count;  /* entries of order */
};

/*
 * Builds the path: touches sorted by time (equal times in the caller's
 * order), without those after the conversion, those older than the lookback
 * window and those before a gap longer than gap_days; then, when `skip` is
 * set, without direct, internal and saved-page touches unless nothing else
 * is left. count may be 0 (nothing to credit).
 * @return 0, or -1 when out of memory.
 */
int campaign__attribution_path(struct attribution_path *path,
                               const campaign_attribution_options *options,
                               const campaign_touch *touches, size_t touch_count,
                               int64_t conversion_time, int skip);
void campaign__attribution_path_free(struct attribution_path *path);

/*
 * The same rules over touches already in time order (sorted[0..n), equal
 * times in the order they keep): writes the positions the path keeps,
 * oldest first, to kept (room for n) and returns how many. Linear in n.
 */
size_t campaign__attribution_window(const campaign_attribution_options *options,
                                    const campaign_touch *sorted, size_t n,
                                    int64_t conversion_time, int skip, size_t *kept);

#endif
