/*
 * The last pass over every PDF we write (internal), through qpdf's C API,
 * with the colour pass (pdf_colour.h) in the same reading and writing:
 * cairo 1.16 can set neither a TrimBox nor a BleedBox (pitfalls §3), and
 * writes the clock into /CreationDate unless told a date. qpdf parses the
 * whole file, so a PDF cairo got wrong fails here instead of at the print
 * shop, and it writes a deterministic /ID.
 */
#ifndef CAMPAIGN_PDF_BOXES_H
#define CAMPAIGN_PDF_BOXES_H

#include "campaign/common.h"
#include "campaign/diag.h"
#include "campaign/render.h"

#ifdef __cplusplus
extern "C" {
#endif

struct pdf_boxes {
	int set;            /* 0: leave the boxes alone (proof sheets) */
	double trim[4];     /* x0, y0, x1, y1 in PDF coordinates (origin bottom-left) */
	double bleed[4];
};

/* How the last pass treats a PDF of many pages. */
struct pdf_finish {
	const struct pdf_boxes *boxes; /* boxes[i] for page i, the last one for any page after */
	size_t nboxes;                 /* 0: leave the boxes alone */
	int object_streams;            /* pack small objects (PDF 1.5), for many-page sets */
	long long now;                 /* /CreationDate and /ModDate (seconds since 1970); < 0: removed */
	const campaign_output_profile *profile; /* for the colour pass (pdf_colour.h); NULL: none */
};

/*
 * Rewrites a PDF of any number of pages (the boxes, the dates of /Info, the
 * colour pass): the PDF is in (len bytes), or, when in_fd >= 0, the file
 * open as in_fd; the result goes into out, or, when out_fd >= 0, into the
 * file open as out_fd (out may then be NULL). The files are read and
 * written in pieces (the input by qpdf through /proc/self/fd, the output
 * through a checked write), so neither is ever held in memory
 * whole. file names the result in a diagnostic (NULL: the caller names it).
 * @return CAMPAIGN_OK, CAMPAIGN_EIO (qpdf's reason in a diagnostic)
 * or CAMPAIGN_ENOMEM.
 */
int campaign__pdf_finish_pages(const struct pdf_finish *how, const char *file, const char *in,
                               size_t len, int in_fd, campaign_buf *out, int out_fd,
                               campaign_diags *diags);

/* Room for either date below of any year up to 9999, with space to spare. */
#define CAMPAIGN__PDF_DATE_SIZE 40

/*
 * An ISO 8601 UTC date for cairo's metadata from seconds since 1970, into
 * dst of size bytes. Returns 0, or -1 with dst empty when the date does not
 * fit in size bytes, or its year is past 9999, so no date is written cut short.
 */
int campaign__pdf_date(long long seconds, char *dst, size_t size);

/* The same date in PDF's own syntax, "D:20261201000000Z"; returns as campaign__pdf_date() does. */
int campaign__pdf_info_date(long long seconds, char *dst, size_t size);

#ifdef __cplusplus
}
#endif

#endif
