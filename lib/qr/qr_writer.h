/* What a build asks of a QR writer beyond the public API (internal). */
#ifndef CAMPAIGN_QR_WRITER_H
#define CAMPAIGN_QR_WRITER_H

#include "campaign/qr.h"

/*
 * For a private writer making the next version of a directory: a code
 * whose bytes equal those of the same file in current_fd (borrowed) is
 * hard-linked from there, not written (campaign__atomic_batch_reuse_from()).
 */
void campaign__qr_writer_reuse_from(campaign_qr_writer *w, int current_fd);

#endif
