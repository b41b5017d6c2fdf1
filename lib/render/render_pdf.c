/* A flyer as a print-ready PDF page: bleed, crop marks, page boxes, metadata. */
#include <pango/pangocairo.h>
#include <cairo-pdf.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "campaign/status.h"
#include "campaign/version.h"
#include "render/cmyk_placeholder.h"
#include "render/flyer.h"
#include "render/impose_layout.h"
#include "render/pdf_boxes.h"
#include "render/render_internal.h"
#include "render/pdf_sink.h"
#include "io/atomic_file.h"
#include "util/strbuf.h"

cairo_surface_t *
campaign__pdf_surface(struct pdf_sink *sink, double w, double h, const char *title, long long now,
                      enum pdf_pass pass)
{
	cairo_surface_t *s = cairo_pdf_surface_create_for_stream(campaign__pdf_sink_write, sink, w, h);
	if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS)
		return s;
	/*
	 * Marked, cmyk() draws placeholders for the colour pass to find;
	 * unmarked, its plain RGB conversion, with nothing left for a pass.
	 */
	if (pass == PDF_COLOUR_PASS)
		(void)cairo_surface_set_user_data(s, &campaign__colour_pass_key, s, NULL); /* fails only without memory */
	/*
	 * Always set the date: unset, cairo takes the clock, and the font subset
	 * tags follow the date (pitfalls 1.10). An empty one, when none is asked
	 * for, makes cairo write none and keeps the bytes the same on every run.
	 */
	char date[CAMPAIGN__PDF_DATE_SIZE] = "";
	/* A date too long for date stays empty: no date rather than one cut short. */
	if (now >= 0)
		(void)campaign__pdf_date(now, date, sizeof(date));
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, date);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, date);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "libcampaign " CAMPAIGN_VERSION_STRING);
	if (title)
		cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, title);
	return s;
}

/* Finishes and destroys s, and closes its sink: CAMPAIGN_OK when cairo wrote the whole PDF. */
static int
finish_surface(cairo_surface_t *s, struct pdf_sink *sink, campaign_diags *diags)
{
	/* A broken PDF can pass pdfinfo: the surface status after finish is the truth (pitfalls 1.9). */
	cairo_surface_finish(s);
	int rc = campaign__cairo_status(cairo_surface_status(s), campaign__pdf_sink_name(sink), diags);
	cairo_surface_destroy(s);
	int sunk = campaign__pdf_sink_close(sink, diags);
	return sunk != CAMPAIGN_OK ? sunk : rc; /* the reason for cairo's write error, if it had one */
}

int
campaign__pdf_end_pages(cairo_surface_t *s, struct pdf_sink *sink, const struct pdf_finish *how,
                        campaign_buf *out, int out_fd, campaign_diags *diags)
{
	int rc = finish_surface(s, sink, diags);
	if (rc == CAMPAIGN_OK)
		rc = campaign__pdf_finish_pages(how, sink->label, sink->mem.ptr, sink->mem.len, sink->fd,
		                                out, out_fd, diags);
	campaign__pdf_sink_free(sink);
	return rc;
}

/* The sink's PDF into out_fd, or (out_fd < 0) into out. */
static int
copy_sink(struct pdf_sink *sink, campaign_buf *out, int out_fd, campaign_diags *diags)
{
	if (sink->fd < 0 && out_fd < 0)
		return campaign__strbuf_to_buf(&sink->mem, out);
	struct strbuf mem;
	campaign__strbuf_init(&mem, STRBUF_DEFAULT_MAX);
	int err = 0, read_err = 0, rc = CAMPAIGN_OK;
	if (sink->fd < 0) {
		err = campaign__write_all(out_fd, sink->mem.ptr, sink->mem.len);
	} else {
		char buf[65536];
		ssize_t n;
		while (!err && !read_err && (n = read(sink->fd, buf, sizeof(buf))) != 0) {
			if (n < 0)
				read_err = errno == EINTR ? 0 : errno;
			else if (out_fd >= 0)
				err = campaign__write_all(out_fd, buf, (size_t)n);
			else if (campaign__strbuf_add(&mem, buf, (size_t)n))
				rc = CAMPAIGN_ENOMEM;
			if (rc)
				break;
		}
		if (rc == CAMPAIGN_OK && !err && !read_err && out_fd < 0)
			rc = campaign__strbuf_to_buf(&mem, out);
	}
	campaign__strbuf_free(&mem);
	if (err || read_err) {
		/* A file sink names its file; one in memory is the caller's to name. */
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, sink->label, 0, 0,
		                   read_err ? "cannot read the scratch file it is made in: %s"
		                   : sink->label ? "cannot write it: %s"
		                                 : "cannot write the PDF: %s",
		                   strerror(read_err ? read_err : err));
		return CAMPAIGN_EIO;
	}
	return rc;
}

int
campaign__pdf_end_as_is(cairo_surface_t *s, struct pdf_sink *sink, campaign_buf *out, int out_fd,
                        campaign_diags *diags)
{
	int rc = finish_surface(s, sink, diags);
	if (rc == CAMPAIGN_OK)
		rc = copy_sink(sink, out, out_fd, diags);
	campaign__pdf_sink_free(sink);
	return rc;
}

int
campaign__render_pdf(campaign_buf *out, const campaign_flyer *f, const campaign_render_options *o,
                     campaign_diags *diags)
{
	const campaign_template *t = f->t;
	int office = campaign__office_margin(o);
	int marks = office ? 0 : o->marks < 0 ? t->marks : o->marks;
	double m = marks ? MARK_ROOM_PT : 0, b = office ? 0 : t->bleed;
	double pw = t->width + 2 * (b + m), ph = t->height + 2 * (b + m);
	/* For an office printer: the trim alone, the flyer shrunk into the margin, as on a sheet. */
	double fit = 1;
	if (office) {
		int rc = campaign__office_fit(t->width, t->height, o->office_margin_mm * PT_PER_MM, &fit, diags);
		if (rc)
			return rc;
	}
	struct pdf_sink sink;
	campaign__pdf_sink_init_memory(&sink);
	cairo_surface_t *s = campaign__pdf_surface(&sink, pw, ph, o->title ? o->title : t->name, o->now,
	                                           PDF_COLOUR_PASS);
	cairo_t *cr = cairo_create(s);
	int rc = campaign__cairo_status(cairo_status(cr), "the PDF", diags);
	if (rc == CAMPAIGN_OK) {
		cairo_translate(cr, m + b + t->width * (1 - fit) / 2, m + b + t->height * (1 - fit) / 2);
		cairo_scale(cr, fit, fit);
		rc = campaign__flyer_draw(cr, f, !office, 0, diags);
		if (rc == CAMPAIGN_OK && marks)
			campaign__draw_crop_marks(cr, t->width, t->height, b);
		cairo_show_page(cr);
		if (rc == CAMPAIGN_OK)
			rc = campaign__cairo_status(cairo_status(cr), "the PDF", diags);
	}
	cairo_destroy(cr);
	rc = campaign__pdf_sink_explain(&sink, rc);
	struct pdf_boxes boxes = {
		1,
		{ m + b, m + b, pw - m - b, ph - m - b },
		{ m, m, pw - m, ph - m },
	};
	if (rc) {
		cairo_surface_destroy(s);
		campaign__pdf_sink_free(&sink);
		return rc;
	}
	struct pdf_finish how = { &boxes, 1, 0, o->now, o->output_profile };
	return campaign__pdf_end_pages(s, &sink, &how, out, -1, diags);
}
