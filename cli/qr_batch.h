/* campaign qr --batch: one code per line of a file, encoded on several threads. */
#ifndef CLI_QR_BATCH_H
#define CLI_QR_BATCH_H

#include <campaign/campaign.h>

/*
 * Writes line N of `list` ('-': stdin) as DIR/NNNN.EXT (N from 1, four
 * digits or the width of the largest number: qr_names.h), using `jobs`
 * threads. Every line is encoded and checked before the first file is
 * written, so a bad line (reported as LIST:LINE) leaves nothing; files an
 * earlier, longer batch left in DIR are counted in a warning, not removed:
 * they may be someone's. Returns the exit code.
 */
int qr_batch_run(const char *list, const char *dir, campaign_qr_format format,
                 const campaign_qr_options *o, int jobs, campaign_diags *diags);

#endif
