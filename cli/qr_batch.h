/* campaign qr --batch: one code per line of a file, encoded on several threads. */
#ifndef CLI_QR_BATCH_H
#define CLI_QR_BATCH_H

#include <campaign/campaign.h>

/*
 * Writes line N of `list` ('-': stdin) as DIR/NNNN.EXT (N from 1, at least
 * four digits), using `jobs` threads. Every line that can be encoded is
 * written, even when others fail; problems are reported as LIST:LINE.
 * Returns the exit code.
 */
int qr_batch_run(const char *list, const char *dir, campaign_qr_format format,
                 const campaign_qr_options *o, int jobs, campaign_diags *diags);

#endif
