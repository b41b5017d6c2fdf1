/* Turns library diagnostics into the lines editors understand. */
#ifndef CLI_DIAG_PRINT_H
#define CLI_DIAG_PRINT_H

#include <campaign/campaign.h>

/*
 * Prints every diagnostic to stderr as `FILE:LINE:COL: error: MESSAGE`
 * (`FILE: error:` without a position, `campaign: error:` without a file).
 */
void diag_print_all(const campaign_diags *diags);

/*
 * The exit code for a failed call: from the worst error diagnostic, or from
 * `status` when there is none.
 */
int diag_exit_code(const campaign_diags *diags, int status);

#endif
