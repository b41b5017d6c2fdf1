/* The imposer inside a build (internal): sheets drawn into a scratch file and finished into another. */
#ifndef CAMPAIGN_RENDER_IMPOSE_H
#define CAMPAIGN_RENDER_IMPOSE_H

#include "campaign/impose.h"

/*
 * As campaign_imposer_new(); with scratch_dirfd >= 0 the sheets are drawn
 * into a scratch file there (label names it in a diagnostic), as for a
 * combined PDF of thousands of flyers.
 */
int campaign__imposer_new_in(campaign_imposer **out, const campaign_impose_options *opts,
                             int scratch_dirfd, const char *label, campaign_diags *diags);

/* As campaign_imposer_finish(), into the file open as out_fd. */
int campaign__imposer_finish_to(campaign_imposer *im, int out_fd, campaign_diags *diags);

#endif
