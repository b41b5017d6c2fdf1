/*
 * The attribution models as weights over a path: integers, so that the
 * apportioning after them is exact (apportion.h).
 */
#ifndef CAMPAIGN_REPORT_ATTRIBUTION_MODELS_H
#define CAMPAIGN_REPORT_ATTRIBUTION_MODELS_H

#include <stdint.h>

#include "attribution_path.h"

/* Whether the model leaves direct, internal and saved-page touches out. */
int campaign__attribution_skips(const campaign_attribution_options *options);

/*
 * weights[k] for the k-th touch of the path (path->count entries, at least
 * one), each below 2^62, at least one nonzero.
 */
void campaign__attribution_weights(const campaign_attribution_options *options,
                                   const campaign_touch *touches,
                                   const struct attribution_path *path, uint64_t *weights);

#endif
