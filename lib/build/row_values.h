/*
 * What a template takes from a table's row (issue 17): an image's file, a
 * rect's fill, a text's colour. Each drawn placement's cells are checked
 * before anything is written and reported at their line and column in the
 * CSV; the row images are read into the build's cache, which the flyers
 * then take them from, so each file is read and decoded once.
 */
#ifndef CAMPAIGN_ROW_VALUES_H
#define CAMPAIGN_ROW_VALUES_H

#include "build/flyer_templates.h"
#include "campaign/plan.h"
#include "template/template_model.h"

/*
 * Checks and loads what placement i's template (slot) takes from its row.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID when a cell is bad (reported, and
 *         the placement is not to be drawn); CAMPAIGN_ENOMEM.
 */
int campaign__row_values_check(struct flyer_templates *t, const campaign_plan *plan, size_t i,
                               const struct template_slot *slot, campaign_diags *diags);

/* What the flyer of a placement from rows_file needs to find its row's images. */
struct row_images {
	const struct flyer_templates *templates;
	const char *rows_file;
};

/* A flyer_row_image_fn (render/flyer.h) over the images the check loaded; ctx: struct row_images. */
const struct tpl_image *campaign__row_image(void *ctx, const struct tpl_elem *e, const char *value);

#endif
