/* Drawing into any cairo context: the PDF output and the flyer templates share it. */
#include "campaign/qr_cairo.h"

#include <math.h>

#include "campaign/status.h"
#include "qr/qr_internal.h"

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

/*
 * Puts the modules on a grid of 1/8 device unit (1/8 pt in a PDF) when the
 * drawing is not rotated: cairo writes every corner's coordinates into the
 * PDF, and round numbers ("140.875" rather than "140.769"; 1/8 because cairo
 * keeps coordinates in 1/256 units, so only binary fractions stay short)
 * make a flyer's page content smaller once compressed. The modules shrink by
 * under 3 % (otherwise the grid is not used), the code stays centred in its
 * quiet zone, and the white square keeps exactly the size asked for.
 */
static void
snap_to_device_grid(cairo_t *cr, int modules, double *x0, double *y0, double *m)
{
	const double grid = 0.125;
	cairo_matrix_t t;
	cairo_get_matrix(cr, &t);
	if (t.xy != 0 || t.yx != 0 || t.xx <= 0 || t.xx != t.yy)
		return;
	double s = t.xx, dm = floor(*m * s / grid) * grid;
	if (dm < grid || dm < 0.97 * *m * s)
		return;
	double slack = (*m * s - dm) * modules / 2;
	double dx = round((*x0 * s + t.x0 + slack) / grid) * grid;
	double dy = round((*y0 * s + t.y0 + slack) / grid) * grid;
	*m = dm / s;
	*x0 = (dx - t.x0) / s;
	*y0 = (dy - t.y0) / s;
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
	snap_to_device_grid(cr, qr->size, &x0, &y0, &m);
	/* The outline's loops are oriented, so the non-zero rule fills the dark modules. */
	cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
	if (campaign__qr_outline(cr, qr, x0, y0, m) != CAMPAIGN_OK) {
		cairo_restore(cr);
		return CAMPAIGN_ENOMEM;
	}
	cairo_set_source_rgb(cr, 0, 0, 0);
	cairo_fill(cr);
	cairo_restore(cr);
	return campaign__qr_cairo_status(cairo_status(cr), diags);
}
