/* What the QR files share: the matrix, option checks and the renderers into memory. */
#ifndef CAMPAIGN_QR_INTERNAL_H
#define CAMPAIGN_QR_INTERNAL_H

#include <cairo.h>

#include "campaign/qr.h"
#include "util/strbuf.h"

struct campaign_qr {
	int size;               /* modules per side, quiet zone excluded */
	int version;
	campaign_qr_ecc ecc;
	int eci;
	unsigned char *modules; /* size * size bytes, row-major, 1 = dark */
};

static inline int
campaign__qr_dark(const campaign_qr *qr, int x, int y)
{
	return qr->modules[(size_t)y * (size_t)qr->size + (size_t)x];
}

/* The options to use: `opts`, or the defaults when it is NULL. */
const campaign_qr_options *campaign__qr_opts(const campaign_qr_options *opts);

/* CAMPAIGN_EINVALID with a diagnostic when opts->version is not one we know. */
int campaign__qr_check_version(const campaign_qr_options *opts, campaign_diags *diags);

/* A cairo_status_t as a status, with a diagnostic for anything but memory. */
int campaign__qr_cairo_status(int cairo_status, campaign_diags *diags);

/*
 * Adds the outline of the dark modules to cr's path: closed, oriented loops
 * along module edges, module (0,0) at (x0, y0), m units per module; fill it
 * with the non-zero rule. See qr_outline.c.
 */
int campaign__qr_outline(cairo_t *cr, const campaign_qr *qr, double x0, double y0, double m);

/* Renderers; `g` comes from campaign_qr_measure() for the same format. */
int campaign__qr_png(struct strbuf *out, const campaign_qr *qr, const campaign_qr_geometry *g,
                     campaign_diags *diags);
int campaign__qr_svg(struct strbuf *out, const campaign_qr *qr, const campaign_qr_geometry *g,
                     campaign_diags *diags);
int campaign__qr_pdf(struct strbuf *out, const campaign_qr *qr, const campaign_qr_geometry *g,
                     const campaign_qr_options *opts, campaign_diags *diags);

#endif
