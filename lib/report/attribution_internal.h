/*
 * What campaign_attribute() and campaign_attribute_channels() share:
 * checking the arguments, and the weighed path.
 */
#ifndef CAMPAIGN_REPORT_ATTRIBUTION_INTERNAL_H
#define CAMPAIGN_REPORT_ATTRIBUTION_INTERNAL_H

#include <stdint.h>

#include "attribution_path.h"

/* Checks the arguments both entry points take; fills *opts (defaults for NULL options). */
int campaign__attribution_check(campaign_attribution_options *opts,
                                const campaign_attribution_options *options,
                                const campaign_touch *touches, size_t touch_count, int64_t total,
                                const void *out, campaign_diags *diags);
/*
 * The path and the model's weights over it (path->count entries, free()).
 * @return CAMPAIGN_OK; CAMPAIGN_ENOTFOUND for an empty path (nothing
 *         allocated); CAMPAIGN_ENOMEM (nothing allocated).
 */
int campaign__attribution_weigh(struct attribution_path *path, uint64_t **weights,
                                const campaign_attribution_options *opts,
                                const campaign_touch *touches, size_t touch_count,
                                int64_t conversion_time);
/* Returns rc, after reporting it to diags when it is CAMPAIGN_ENOMEM. */
int campaign__attribution_report(int rc, campaign_diags *diags);

#endif
