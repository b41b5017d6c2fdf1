/*
 * libcampaign: drawing a flyer into a caller's cairo context.
 *
 * Kept apart from render.h so that programs which do not use cairo never
 * include cairo's headers through ours; this one needs cairo's include path
 * (pkg-config cairo).
 *
 * Thread-safety: as campaign_flyer_render().
 */
#ifndef CAMPAIGN_RENDER_CAIRO_H
#define CAMPAIGN_RENDER_CAIRO_H

#include <cairo.h>

#include <campaign/render.h>

CAMPAIGN_BEGIN_DECLS

/**
 * Draws the flyer with the top-left corner of its trim box at the current
 * origin of `cr`, in points (1/72 in), as the PDF renderer does: elements in
 * template order, QR codes as one path each. Crop marks are not drawn.
 * The state of `cr` is saved and restored.
 *
 * @param bleed 1 to draw what runs into the bleed too; 0 clips to the trim.
 * @return CAMPAIGN_OK, or CAMPAIGN_EIO when `cr` is (or gets) in an error
 *         state (the diagnostic gives cairo's reason).
 */
CAMPAIGN_API int campaign_flyer_draw(cairo_t *cr, const campaign_flyer *f, int bleed,
                                     campaign_diags *diags);

CAMPAIGN_END_DECLS

#endif
