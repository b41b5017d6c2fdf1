/* Option values of `campaign qr`: lengths with units, ECC, DPI, format names. */
#ifndef CLI_QR_ARGS_H
#define CLI_QR_ARGS_H

#include <campaign/qr.h>

#include "opt.h"

/* "png", "svg" or "pdf" (any case) as a format, or 0. */
campaign_qr_format qr_args_format(const char *name);

/*
 * Fills o from the parsed options. Returns 0, or the exit code after printing
 * why: 2 for a malformed value, 1 for a value out of range.
 */
int qr_args_options(const struct cli_command *cmd, const struct opt_result *res,
                    campaign_qr_options *o);

/* --jobs N (1 to 64), default one per online processor. Returns 0 or the exit code. */
int qr_args_jobs(const struct cli_command *cmd, const struct opt_result *res, int *jobs);

#endif
