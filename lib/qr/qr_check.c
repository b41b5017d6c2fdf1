/*
 * Print rules: will the code scan once printed? The thresholds and their
 * sources are in pitfalls.md section 3. Pure: no I/O.
 */
#include <math.h>

#include "campaign/status.h"
#include "qr/qr_internal.h"

#define MM_PER_INCH 25.4

/* Rounded up to a tenth of a millimetre, so "at least" sizes really pass. */
static double
ceil_tenth(double mm)
{
	return ceil(mm * 10.0 - 1e-9) / 10.0;
}

/*
 * The smallest whole-image width whose module is at least `module_mm` once
 * drawn in this format: a PNG's module is whole pixels, so round those up.
 */
static double
width_for_module(const campaign_qr_geometry *g, double module_mm)
{
	int total = g->modules + 2 * g->border;
	if (g->dpi) {
		double px = ceil(module_mm * g->dpi / MM_PER_INCH - 1e-9);
		module_mm = px * MM_PER_INCH / g->dpi;
	}
	return ceil_tenth(module_mm * total);
}

int
campaign_qr_check_print(const campaign_qr *qr, campaign_qr_format format,
                        const campaign_qr_options *opts, const char *file, unsigned long line,
                        unsigned long column, campaign_diags *diags)
{
	campaign_qr_geometry g = CAMPAIGN_QR_GEOMETRY_INIT;
	int rc = campaign_qr_measure(&g, qr, format, opts, diags);
	if (rc)
		return rc;
	const campaign_qr_options *o = campaign__qr_opts(opts);
	if (!(o->distance_mm >= 0 && o->distance_mm < 1e9)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, line,
		                   column, "scanning distance must be from 0 to under 1e9 mm, not %g mm",
		                   o->distance_mm);
		return CAMPAIGN_EINVALID;
	}
	if (g.module_mm < CAMPAIGN_QR_MODULE_MIN_MM) {
		campaign_diags_add(
		        diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, line, column,
		        "QR module would be %.2f mm, below the %.2f mm minimum (4 printer "
		        "dots at 300 dpi), so the code will not scan reliably; make it at "
		        "least %.1f mm wide",
		        g.module_mm, CAMPAIGN_QR_MODULE_MIN_MM,
		        width_for_module(&g, CAMPAIGN_QR_MODULE_MIN_MM));
		rc = CAMPAIGN_EINVALID;
	} else if (g.module_mm < CAMPAIGN_QR_MODULE_WARN_MM) {
		campaign_diags_add(
		        diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, file, line, column,
		        "QR module is %.2f mm, below the recommended %.1f mm; %.1f mm wide "
		        "or more scans more reliably",
		        g.module_mm, CAMPAIGN_QR_MODULE_WARN_MM,
		        width_for_module(&g, CAMPAIGN_QR_MODULE_WARN_MM));
	}
	if (g.border < CAMPAIGN_QR_BORDER_DEFAULT)
		campaign_diags_add(
		        diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, file, line, column,
		        "quiet zone of %d modules is less than the %d the QR standard asks "
		        "for; keep the space around the code empty and light",
		        g.border, CAMPAIGN_QR_BORDER_DEFAULT);
	/* The rule of thumb (width >= distance / 10) is a heuristic: a warning, never an error. */
	if (o->distance_mm > 0 && g.symbol_mm < o->distance_mm / 10.0)
		campaign_diags_add(
		        diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, file, line, column,
		        "QR code is %.1f mm wide without its quiet zone, less than a tenth "
		        "of the %.0f mm scanning distance; make it at least %.1f mm wide",
		        g.symbol_mm, o->distance_mm,
		        width_for_module(&g, o->distance_mm / 10.0 / g.modules));
	return rc;
}
