/* The renderers behind campaign_flyer_render() and the proof sheet (internal). */
#ifndef CAMPAIGN_RENDER_INTERNAL_H
#define CAMPAIGN_RENDER_INTERNAL_H

#include <cairo.h>
#include <pthread.h>

#include "campaign/render.h"
#include "render/pdf_boxes.h"
#include "render/pdf_sink.h"

int campaign__render_pdf(campaign_buf *out, const campaign_flyer *f,
                         const campaign_render_options *o, campaign_diags *diags);
/* Whether o asks for an office printer's page (campaign_render_options.office_margin_mm). */
static inline int
campaign__office_margin(const campaign_render_options *o)
{
	return o->office_margin_mm != CAMPAIGN_UNSET;
}

/* fonts: held around each drawing of the page (see campaign__flyer_render_locked()). */
int campaign__render_png(campaign_buf *out, const campaign_flyer *f,
                         const campaign_render_options *o, pthread_mutex_t *fonts,
                         campaign_diags *diags);

/*
 * campaign_flyer_render(), holding fonts (when not NULL) only while the
 * flyer's fonts are in use: the whole of a PDF, but for a PNG only each
 * drawing of a band, not the conversion and compression that are most of
 * its time. A build's calling thread takes the same lock to draw the flyer
 * into the proof sheet, and no longer waits for a whole PNG to do so.
 */
int campaign__flyer_render_locked(campaign_buf *out, const campaign_flyer *f,
                                  const campaign_render_options *o, pthread_mutex_t *fonts,
                                  campaign_diags *diags);

/* Whether a PDF goes through the last pass (pdf_finish.cc), and so through its colour pass. */
enum pdf_pass {
	PDF_COLOUR_PASS, /* finished by campaign__pdf_end_pages() */
	PDF_AS_IS,       /* finished by campaign__pdf_end_as_is() (the proof sheet: see proof.c) */
};

/*
 * A PDF surface writing into sink, with reproducible metadata; no date when
 * now < 0 (see render_pdf.c). PDF_AS_IS: cmyk() colours are drawn as their
 * RGB conversion, since no pass will write their inks.
 */
cairo_surface_t *campaign__pdf_surface(struct pdf_sink *sink, double w, double h, const char *title,
                                       long long now, enum pdf_pass pass);

/* Finishes and destroys s, checks it, and copies its PDF unchanged into out_fd, or into out; frees sink. */
int campaign__pdf_end_as_is(cairo_surface_t *s, struct pdf_sink *sink, campaign_buf *out, int out_fd,
                            campaign_diags *diags);

/*
 * Finishes and destroys s, checks it, and runs the qpdf pass (how) into
 * out or (out_fd >= 0) the file open as out_fd (see
 * campaign__pdf_finish_pages()); frees sink.
 */
int campaign__pdf_end_pages(cairo_surface_t *s, struct pdf_sink *sink, const struct pdf_finish *how,
                            campaign_buf *out, int out_fd, campaign_diags *diags);

/*
 * The proof sheet of a build (proof.c): as campaign_proof_new(), drawn into
 * a scratch file in scratch_dirfd rather than memory, and finished into the
 * file open as out_fd, so that ten thousand flyers cost no more memory than
 * ten; label is the file a user looks for ("out/proof.pdf"), in diagnostics.
 */
int campaign__proof_new_streamed(campaign_proof **out, const campaign_proof_options *opts,
                                 int scratch_dirfd, const char *label, campaign_diags *diags);
int campaign__proof_finish_to(campaign_proof *p, int out_fd, campaign_diags *diags);

#endif
