/*
 * The ledger file written as it is serialized (internal): 64 KB at a time
 * into its temp file, so a million placements never put their 110 MB of
 * ledger text in memory at once; and not written at all when the file on
 * disk already holds exactly those bytes (a rebuild that changed nothing),
 * which is found by comparing as the text is made, also 64 KB at a time.
 */
#ifndef CAMPAIGN_LEDGER_FILE_H
#define CAMPAIGN_LEDGER_FILE_H

#include "campaign/diag.h"
#include "plan/ledger.h"

/*
 * Writes l to name in dirfd (atomically: the old file or the new one),
 * unless exists and the file holds the same text. path names the ledger
 * in diagnostics. *written says whether a new file was moved into place
 * (then the directory wants an fsync).
 * @return CAMPAIGN_OK; CAMPAIGN_EIO (reported); CAMPAIGN_EINVALID when a
 *         record would not read back (reported); CAMPAIGN_ENOMEM.
 */
int campaign__ledger_write_file(int dirfd, const char *name, const struct ledger *l, int exists,
                                const char *path, int *written, campaign_diags *diags);

#endif
