/*
 * Where cairo writes a PDF before its last pass (internal): memory for one
 * flyer, or a scratch file for the proof sheet and a combined set, which
 * grow with the number of flyers while the build's memory must not (issue 6:
 * the proof of 10,000 flyers is 46 MB, and held in memory it was most of the
 * build's peak).
 */
#ifndef CAMPAIGN_PDF_SINK_H
#define CAMPAIGN_PDF_SINK_H

#include <cairo.h>

#include "campaign/diag.h"
#include "util/strbuf.h"

struct pdf_sink {
	struct strbuf mem;   /* the PDF, when fd < 0 */
	int fd;              /* the scratch file, or -1 */
	unsigned char *buf;  /* cairo writes in pieces of a few bytes: batched for the file */
	size_t used;
	int err;             /* errno of the first failed write, sticky */
	char *label;         /* the file the PDF becomes, for diagnostics (a file sink's); NULL: none */
};

void campaign__pdf_sink_init_memory(struct pdf_sink *s);

/*
 * A sink into a scratch file in dirfd; label (copied) is the file the PDF
 * becomes, as a user would look for it ("out/proof.pdf"), which every
 * diagnostic of the sink and of finishing its PDF names.
 */
int campaign__pdf_sink_init_file(struct pdf_sink *s, int dirfd, const char *label,
                                 campaign_diags *diags);

/* The cairo_write_func_t for cairo_pdf_surface_create_for_stream(), closure s. */
cairo_status_t campaign__pdf_sink_write(void *s, const unsigned char *data, unsigned int len);

/*
 * Writes what is batched to the file and rewinds it, after cairo finished:
 * CAMPAIGN_OK, or CAMPAIGN_EIO / CAMPAIGN_ENOMEM for a write that failed
 * (a diagnostic names the label).
 */
int campaign__pdf_sink_close(struct pdf_sink *s, campaign_diags *diags);

/* What diagnostics call the sink's PDF: its label, or "the PDF" for one made in memory. */
const char *campaign__pdf_sink_name(const struct pdf_sink *s);

/*
 * rc, unless the sink itself failed: cairo reports a failed write as its
 * own error (EIO), when the reason is the sink's (out of memory).
 */
int campaign__pdf_sink_explain(const struct pdf_sink *s, int rc);

void campaign__pdf_sink_free(struct pdf_sink *s);

#endif
