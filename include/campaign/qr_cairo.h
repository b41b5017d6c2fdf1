/*
 * libcampaign: drawing a QR code into a cairo context.
 *
 * Kept apart from <campaign/qr.h> so programs that do not draw with cairo
 * need neither its headers nor its flags. Not included by <campaign/campaign.h>.
 */
#ifndef CAMPAIGN_QR_CAIRO_H
#define CAMPAIGN_QR_CAIRO_H

#include <cairo.h>

#include <campaign/qr.h>

CAMPAIGN_BEGIN_DECLS

/**
 * Draws `qr` as a square of `size` user units whose top-left corner is at
 * (x, y): a white square for the whole code (the quiet zone must be light
 * even on a coloured page), then every dark module as ONE path filled once
 * in pure black, so no seams appear between modules. Only opts->border is
 * used (NULL: the default quiet zone of 4 modules). The context's state
 * (source, path, fill rule) is saved and restored.
 *
 * In a vector surface the modules are exactly size / (modules + 2 * border)
 * wide. On an image surface, place the code on whole device pixels per
 * module (see campaign_qr_measure()) for crisp edges.
 *
 * @param cr borrowed; its status is checked afterwards.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID for a size that is not positive
 *         and finite or a bad border; CAMPAIGN_ENOMEM, or CAMPAIGN_EIO with a
 *         diagnostic giving cairo's reason, when the context is in error.
 */
CAMPAIGN_API int campaign_qr_draw(cairo_t *cr, const campaign_qr *qr, double x, double y,
                                  double size, const campaign_qr_options *opts,
                                  campaign_diags *diags);

CAMPAIGN_END_DECLS

#endif
