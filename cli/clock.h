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

#endif
