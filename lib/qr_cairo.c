/* Drawing into any cairo context: the PDF output and the flyer templates share it. */
#include "campaign/qr_cairo.h"

#include <math.h>

#include "campaign/status.h"
#include "qr_internal.h"

int
campaign__qr_cairo_status(int status, campaign_diags *diags)
{
	if (status == CAIRO_STATUS_SUCCESS)
		return CAMPAIGN_OK;
	if (status == CAIRO_STATUS_NO_MEMORY)
		return CAMPAIGN_ENOMEM;
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, NULL, 0, 0,
	                   "cannot draw the QR code: cairo: %s",
	                   cairo_status_to_string((cairo_status_t)status));
	return CAMPAIGN_EIO;
}

int
campaign_qr_draw(cairo_t *cr, const campaign_qr *qr, double x, double y, double size,
                 const campaign_qr_options *opts, campaign_diags *diags)
{
	const campaign_qr_options *o = campaign__qr_opts(opts);
	int rc = campaign__qr_check_version(o, diags);
	if (rc)
		return rc;
	if (!(size > 0 && isfinite(size) && isfinite(x) && isfinite(y)) || o->border < 0 ||
	    o->border > CAMPAIGN_QR_BORDER_MAX) {
		campaign_diags_add(
		        diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		        "cannot draw a QR code %g units wide with a quiet zone of %d modules", size,
		        o->border);
		return CAMPAIGN_EINVALID;
	}
	double m = size / (qr->size + 2 * o->border);
	double x0 = x + o->border * m, y0 = y + o->border * m;
	cairo_save(cr);
	cairo_new_path(cr);
	cairo_rectangle(cr, x, y, size, size);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_fill(cr);
	/* Every rectangle turns the same way, so the non-zero rule fills their union. */
	cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
	for (int row = 0; row < qr->size; row++) {
		int col = 0;
		while (col < qr->size) {
			if (!campaign__qr_dark(qr, col, row)) {
				col++;
				continue;
			}
			int start = col;
			while (col < qr->size && campaign__qr_dark(qr, col, row))
				col++;
			cairo_rectangle(cr, x0 + start * m, y0 + row * m, (col - start) * m, m);
		}
	}
	cairo_set_source_rgb(cr, 0, 0, 0);
	cairo_fill(cr);
	cairo_restore(cr);
	return campaign__qr_cairo_status(cairo_status(cr), diags);
}
