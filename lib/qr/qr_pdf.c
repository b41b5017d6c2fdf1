/*
 * PDF output through cairo: one page exactly the size of the code, the code
 * drawn by campaign_qr_draw() as one vector path.
 */
#include <cairo-pdf.h>
#include <stdio.h>
#include <time.h>

#include "campaign/qr_cairo.h"
#include "campaign/status.h"
#include "qr/qr_internal.h"

#define PT_PER_MM (72.0 / 25.4)

static cairo_status_t
write_cb(void *closure, const unsigned char *data, unsigned int length)
{
	struct strbuf *out = closure;
	if (campaign__strbuf_add(out, data, length) != CAMPAIGN_OK)
		return CAIRO_STATUS_WRITE_ERROR;
	return CAIRO_STATUS_SUCCESS;
}

/* cairo 1.16 ignores SOURCE_DATE_EPOCH; a given date makes two runs byte-identical. */
static void
set_date(cairo_surface_t *surface, long long now)
{
	if (now < 0)
		return;
	time_t t = (time_t)now;
	struct tm tm;
	char date[32];
	if (!gmtime_r(&t, &tm) || strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		return;
	cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
	cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date);
}

int
campaign__qr_pdf(struct strbuf *out, const campaign_qr *qr, const campaign_qr_geometry *g,
                 const campaign_qr_options *opts, campaign_diags *diags)
{
	double size_pt = g->size_mm * PT_PER_MM;
	cairo_surface_t *surface =
	        cairo_pdf_surface_create_for_stream(write_cb, out, size_pt, size_pt);
	set_date(surface, opts->now);
	cairo_t *cr = cairo_create(surface);
	int rc = campaign_qr_draw(cr, qr, 0, 0, size_pt, opts, diags);
	if (rc == CAMPAIGN_OK) {
		cairo_show_page(cr);
		rc = campaign__qr_cairo_status(cairo_status(cr), diags);
	}
	cairo_destroy(cr);
	/* Errors of the file itself (a failed write) show only on the surface, after finish. */
	cairo_surface_finish(surface);
	cairo_status_t status = cairo_surface_status(surface);
	cairo_surface_destroy(surface);
	/* A write cairo reports failed is our buffer's failure (out of memory): say that. */
	if (out->status != CAMPAIGN_OK)
		return out->status;
	return rc ? rc : campaign__qr_cairo_status(status, diags);
}
