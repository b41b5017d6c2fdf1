/* The imposer inside a build (internal): sheets drawn into a scratch file and finished into another. */
#ifndef CAMPAIGN_RENDER_IMPOSE_H
#define CAMPAIGN_RENDER_IMPOSE_H

#include "campaign/impose.h"

struct impose_sheet;

/*
 * As campaign_imposer_new(); with scratch_dirfd >= 0 the sheets are drawn
 * into a scratch file there (label names it in a diagnostic), as for a
 * combined PDF of thousands of flyers. sheet, when not NULL, is opts' sheet
 * read already (campaign__impose_sheet()): a build reads a label product
 * once, not once a placement, and never from its worker threads.
 */
int campaign__imposer_new_in(campaign_imposer **out, const campaign_impose_options *opts,
                             const struct impose_sheet *sheet, int scratch_dirfd, const char *label,
                             campaign_diags *diags);

/* As campaign_imposer_finish(), into the file open as out_fd. */
int campaign__imposer_finish_to(campaign_imposer *im, int out_fd, campaign_diags *diags);

#endif
