/* The build clock: --now, else SOURCE_DATE_EPOCH, else the system clock. */
#ifndef CLI_CLOCK_H
#define CLI_CLOCK_H

#include <stdint.h>

#include "opt.h"

/*
 * Sets *now from the command's --now option (ISO 8601), or the
 * SOURCE_DATE_EPOCH environment variable (reproducible-builds.org), or
 * time(). Prints a usage error and returns EXIT_USAGE for a bad --now,
 * EXIT_INVALID for a bad SOURCE_DATE_EPOCH; 0 on success.
 */
int cli_clock(const struct cli_command *cmd, const struct opt_result *res, int64_t *now);

/*
 * Sets *now from SOURCE_DATE_EPOCH when it is set and not empty; leaves it
 * alone otherwise. A value that is not a decimal number of seconds within
 * 0 to CAMPAIGN_TIME_MAX (1970 to 9999) is refused, naming the variable:
 * an error on stderr and EXIT_INVALID. @return 0 or EXIT_INVALID.
 */
int cli_source_date_epoch(const char *command, int64_t *now);

#endif
