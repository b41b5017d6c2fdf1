/*
 * The libjpeg-turbo encoder (internal): a flyer page as a JPEG, for an
 * online placement whose platform prefers one (`image_format: jpeg`). Rows
 * come as cairo draws them, band by band (render_png.c), so a page is never
 * in memory whole. The file is what platforms take without converting it:
 * baseline (not progressive), JFIF (sRGB, the resolution as dots per
 * inch), quality 90, chroma subsampled 4:2:0, integer DCT, Huffman tables
 * optimised: the same pixels give the same bytes. libjpeg's errors (its
 * longjmp) stop here and come back as a status with one diagnostic:
 * CAMPAIGN_ENOMEM when it ran out of memory, otherwise CAMPAIGN_EIO.
 */
#ifndef CAMPAIGN_RENDER_JPEG_WRITER_H
#define CAMPAIGN_RENDER_JPEG_WRITER_H

#include <stddef.h>

#include "campaign/diag.h"
#include "util/strbuf.h"

struct jpeg_writer;

/*
 * Starts a JPEG of width x height pixels at dpi, to be appended to `out`
 * when it ends. On success *w must later go to campaign__jpeg_writer_free();
 * on failure *w is NULL.
 */
int campaign__jpeg_writer_new(struct jpeg_writer **w, struct strbuf *out, int width, int height,
                              int dpi, campaign_diags *diags);

/* Adds `count` rows of cairo RGB24 pixels (opaque: drawn on white), `stride` bytes apart. */
int campaign__jpeg_writer_rows(struct jpeg_writer *w, const unsigned char *rows, size_t stride,
                               int count);

/* Finishes the file once every row is in, and appends it to the `out` given to _new(). */
int campaign__jpeg_writer_end(struct jpeg_writer *w);

/* Frees the writer, finished or not. Accepts NULL. */
void campaign__jpeg_writer_free(struct jpeg_writer *w);

#endif
