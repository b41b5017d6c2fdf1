/*
 * Printed geometry of a code: how big a module is in each format, with a
 * PNG's module snapped to whole pixels. Pure arithmetic.
 */
#include <math.h>
#include <stdarg.h>

#include "campaign/status.h"
#include "core/diag_internal.h"
#include "qr/qr_internal.h"

#define MM_PER_INCH 25.4
/* Tolerance for "the size asked for": half a micrometre, far below any printer. */
#define SNAP_EPSILON_MM 0.0005

static int CAMPAIGN_PRINTF(2, 3)
invalid(campaign_diags *diags, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	campaign__diags_vadd(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0, fmt,
	                     ap);
	va_end(ap);
	return CAMPAIGN_EINVALID;
}

static int
check_render_options(const campaign_qr_options *o, campaign_qr_format format, campaign_diags *diags)
{
	int rc = campaign__qr_check_version(o, diags);
	if (rc)
		return rc;
	if (!campaign_qr_format_extension(format) && format > 0 && format <= 7)
		return invalid(diags, "QR output format %d is a set of formats, not one: write each "
		                      "format in a call of its own, or add the set to a writer",
		               (int)format);
	if (!campaign_qr_format_extension(format))
		return invalid(diags, "unknown QR output format %d", (int)format);
	if (o->border < 0 || o->border > CAMPAIGN_QR_BORDER_MAX)
		return invalid(diags, "quiet zone must be between 0 and %d modules, not %d",
		               CAMPAIGN_QR_BORDER_MAX, o->border);
	if (!(o->size_mm >= 0 && o->size_mm <= CAMPAIGN_QR_SIZE_MAX_MM))
		return invalid(diags, "QR size must be more than 0 and at most %g mm, not %g mm",
		               CAMPAIGN_QR_SIZE_MAX_MM, o->size_mm);
	if (o->size_mm == 0 && !(o->module_mm > 0 && o->module_mm <= CAMPAIGN_QR_SIZE_MAX_MM))
		return invalid(diags,
		               "QR module size must be more than 0 and at most %g mm, not %g mm",
		               CAMPAIGN_QR_SIZE_MAX_MM, o->module_mm);
	if (format == CAMPAIGN_QR_FORMAT_PNG &&
	    (o->dpi < CAMPAIGN_QR_DPI_MIN || o->dpi > CAMPAIGN_QR_DPI_MAX))
		return invalid(diags, "resolution must be between %d and %d dpi, not %d",
		               CAMPAIGN_QR_DPI_MIN, CAMPAIGN_QR_DPI_MAX, o->dpi);
	return CAMPAIGN_OK;
}

static int
measure_png(campaign_qr_geometry *g, int total, const campaign_qr_options *o, campaign_diags *diags)
{
	double px_per_mm = o->dpi / MM_PER_INCH;
	long module_px;
	if (o->size_mm > 0) {
		/* Down, so the image never outgrows the space the layout gave it. */
		long avail = (long)floor(o->size_mm * px_per_mm + 1e-6);
		module_px = avail / total;
		if (module_px < 1) {
			return invalid(diags,
			               "a %g mm wide QR code at %d dpi has %ld pixels, fewer "
			               "than its %d modules (quiet zone included)",
			               o->size_mm, o->dpi, avail, total);
		}
	} else {
		module_px = lround(o->module_mm * px_per_mm);
		if (module_px < 1)
			return invalid(diags,
			               "a QR module of %g mm is less than one pixel at %d dpi",
			               o->module_mm, o->dpi);
	}
	if (module_px * total > CAMPAIGN_QR_SIZE_MAX_PX)
		return invalid(diags, "a QR code %.0f mm wide at %d dpi would be %ld pixels wide; at most %d "
		               "are allowed: give a smaller size or resolution",
		               o->size_mm > 0 ? o->size_mm : module_px * total / px_per_mm, o->dpi,
		               module_px * total, CAMPAIGN_QR_SIZE_MAX_PX);
	g->dpi = o->dpi;
	g->module_px = (int)module_px;
	g->size_px = (int)(module_px * total);
	g->module_mm = module_px / px_per_mm;
	return CAMPAIGN_OK;
}

int
campaign_qr_measure(campaign_qr_geometry *out, const campaign_qr *qr, campaign_qr_format format,
                    const campaign_qr_options *opts, campaign_diags *diags)
{
	if (out->version != CAMPAIGN_QR_GEOMETRY_VERSION)
		return invalid(diags, "QR geometry of unknown version %u", out->version);
	const campaign_qr_options *o = campaign__qr_opts(opts);
	int rc = check_render_options(o, format, diags);
	if (rc)
		return rc;
	campaign_qr_geometry g = CAMPAIGN_QR_GEOMETRY_INIT;
	g.modules = qr->size;
	g.border = o->border;
	int total = qr->size + 2 * o->border;
	double asked = o->size_mm > 0 ? o->size_mm : o->module_mm * total;
	if (format == CAMPAIGN_QR_FORMAT_PNG) {
		rc = measure_png(&g, total, o, diags);
		if (rc)
			return rc;
	} else {
		g.module_mm = asked / total;
	}
	g.size_mm = g.module_mm * total;
	g.symbol_mm = g.module_mm * qr->size;
	if (g.size_mm > CAMPAIGN_QR_SIZE_MAX_MM)
		return invalid(diags, "QR code would be %.0f mm wide; at most %g mm are allowed",
		               g.size_mm, CAMPAIGN_QR_SIZE_MAX_MM);
	g.snapped = fabs(g.size_mm - asked) > SNAP_EPSILON_MM;
	*out = g;
	return CAMPAIGN_OK;
}
