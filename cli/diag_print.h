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
 * fprintf(stderr, ...) for the tool's own messages, which quote file names
 * and values from the command line: control characters in what it prints
 * are escaped as in diagnostics (newlines kept: the format's own).
 */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * How many bytes of s to quote in a message that shows at most max of them:
 * all when they fit, else max moved back to a character's first byte, so
 * a value cut short never ends in half a UTF-8 character (the library's
 * messages cut the same way; the tool sees only the public API).
 */
int cli_quote_len(const char *s, size_t max);

/*
 * Said of a failure that no diagnostic explains: a bug, which the tests
 * look for (tests/cli/run_case.sh, tests/fault) so that none goes unseen.
 */
#define CLI_NO_REASON "and no reason was given (a bug in campaign: please report it)"

/*
 * The exit code for a failed call: from the worst error diagnostic, or from
 * `status` when there is none; then it also prints what failed (never a
 * silent exit).
 */
int diag_exit_code(const campaign_diags *diags, int status);

#endif
