/*
 * Whether a ledger's dates are possible by the build's clock: none after
 * today, with a day's tolerance (ledger_clock.c says why).
 */
#ifndef CAMPAIGN_LEDGER_CLOCK_H
#define CAMPAIGN_LEDGER_CLOCK_H

#include "campaign/diag.h"
#include "plan/ledger.h"

#define LEDGER_CLOCK_TOLERANCE_DAYS 1

/*
 * Reports the first entry of l (read from file) issued or released after
 * today (a day number) plus the tolerance, at its date, and how many more.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID when one is.
 */
int campaign__ledger_check_clock(const struct ledger *l, long today, const char *file,
                                 campaign_diags *diags);

#endif
