/*
 * Captions (internal): every online placement (medium `social` or `email`,
 * no tracking number: a post or a newsletter, never paper) gets
 * captions/<id>.txt, the text whoever posts it copies beside its image, in
 * its edition's language (text/caption.h). Made from the placement's
 * values as its flyer is, so a caption is checked with the plan, before
 * anything is written, and written into the output set's next captions/.
 */
#ifndef CAMPAIGN_BUILD_CAPTIONS_H
#define CAMPAIGN_BUILD_CAPTIONS_H

#include "campaign/diag.h"
#include "campaign/plan.h"

struct build_entries;
struct output_set;

/* Whether a placement is online: its UTM medium is social or email, and it has no phone number. */
int campaign__caption_online(const campaign_assignment *a);

/*
 * Makes the caption of every selected online placement of the plan and
 * reports each that cannot be made, writing nothing.
 * @return CAMPAIGN_OK, CAMPAIGN_EINVALID (reported) or CAMPAIGN_ENOMEM.
 */
int campaign__captions_check(const campaign_plan *plan, const unsigned char *selected,
                             campaign_diags *diags);

/*
 * Writes captions/<id>.txt of every selected online placement into the
 * set's next captions/ (an unchanged file linked, not written again).
 * @return CAMPAIGN_OK, CAMPAIGN_EIO (reported) or CAMPAIGN_ENOMEM.
 */
int campaign__captions_write(struct output_set *set, const struct build_entries *entries,
                             const unsigned char *selected, const char *out_path,
                             campaign_diags *diags);

#endif
