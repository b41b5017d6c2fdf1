/* The clock at the API's edge (internal): the one place the library reads the time. */
#ifndef CAMPAIGN_CORE_CLOCK_H
#define CAMPAIGN_CORE_CLOCK_H

#include <stdint.h>

#include "campaign/diag.h"

/*
 * The clock an options struct asks for: `now` as given, or the current time
 * when it is CAMPAIGN_UNSET, so that nothing is ever dated by an unset
 * field (the Unix epoch).
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID with a diagnostic for a clock
 *         outside 1970-01-01 to 9999-12-31 (CAMPAIGN_TIME_MAX), which no
 *         ledger or PDF date could be written with.
 */
int campaign__clock_take(int64_t now, int64_t *out, campaign_diags *diags);

/* 1 when now is CAMPAIGN_UNSET or a clock in the range campaign__clock_take() accepts. */
int campaign__clock_valid(int64_t now);

#endif
