/*
 * Texts drawn over each other: two boxes may overlap (a box holds its line
 * spacing, and a short line leaves room beside it), but where both draw
 * letters in the same place neither can be read.
 */
#ifndef CAMPAIGN_RENDER_TEXT_OVERLAP_H
#define CAMPAIGN_RENDER_TEXT_OVERLAP_H

#include <stddef.h>

#include "campaign/diag.h"
#include "render/flyer.h"

/*
 * Checks text element i of f, laid out, against the texts after it and
 * against its own copies (repeat): an error at the later one when their
 * letters meet, saying where on the page.
 * @return CAMPAIGN_OK, CAMPAIGN_EINVALID (reported) or CAMPAIGN_ENOMEM.
 */
int campaign__check_text_overlap(const campaign_flyer *f, size_t i, campaign_diags *diags);

#endif
