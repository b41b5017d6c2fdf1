/*
 * The last pass over every PDF we write (internal), through qpdf's C API:
 * cairo 1.16 can set neither a TrimBox nor a BleedBox (pitfalls §3), and
 * writes the clock into /CreationDate unless told a date. qpdf parses the
 * whole file, so a PDF cairo got wrong fails here instead of at the print
 * shop, and it writes a deterministic /ID.
 */
#ifndef CAMPAIGN_PDF_BOXES_H
#define CAMPAIGN_PDF_BOXES_H

#include "campaign/common.h"
#include "campaign/diag.h"

struct pdf_boxes {
	int set;            /* 0: leave the boxes alone (proof sheets) */
	double trim[4];     /* x0, y0, x1, y1 in PDF coordinates (origin bottom-left) */
	double bleed[4];
};

/*
 * Rewrites the PDF in (len bytes) into out: the boxes on every page, and
 * /CreationDate and /ModDate of /Info set from now (seconds since 1970), or
 * removed when now is negative.
 * @return CAMPAIGN_OK, CAMPAIGN_EIO (qpdf's reason in a diagnostic) or
 *         CAMPAIGN_ENOMEM.
 */
int campaign__pdf_finish(const char *in, size_t len, const struct pdf_boxes *boxes, long long now,
                         campaign_buf *out, campaign_diags *diags);

/*
 * As campaign__pdf_finish(), with boxes[i] for page i (the last one for any
 * page after), and the small objects packed into object streams when
 * object_streams is set (PDF 1.5, for many-page sets).
 */
int campaign__pdf_finish_pages(const char *in, size_t len, const struct pdf_boxes *boxes,
                               size_t nboxes, int object_streams, long long now,
                               campaign_buf *out, campaign_diags *diags);

/* An ISO 8601 UTC date for cairo's metadata from seconds since 1970 (into dst, >= 32 bytes). */
void campaign__pdf_date(long long seconds, char *dst, size_t size);

/* The same date in PDF's own syntax, "D:20261201000000Z". */
void campaign__pdf_info_date(long long seconds, char *dst, size_t size);

#endif
