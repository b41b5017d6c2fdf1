/*
 * The libpng boundary: every PNG the library writes, QR codes (qr_png.c)
 * and flyer pages (render/render_png.c), is made here by libpng, into a
 * memory buffer that the callers then write crash-safely. libpng's errors
 * (its longjmp) and its allocation failures stop here and come back as a
 * status with one diagnostic: CAMPAIGN_ENOMEM when memory ran out (libpng's
 * and zlib's allocations go through our malloc, so we know), otherwise
 * CAMPAIGN_EIO. Nothing is printed and nothing aborts.
 *
 * The files carry pHYs (the resolution) and no time chunk: the same pixels
 * give the same bytes.
 */
#ifndef CAMPAIGN_PNG_WRITER_H
#define CAMPAIGN_PNG_WRITER_H

#include <stddef.h>

#include "campaign/diag.h"
#include "util/strbuf.h"

/* The rows the caller hands over, and what the file holds. */
enum png_writer_pixels {
	/* 1-bit gray, 8 pixels a byte, the first in the high bit; 0 black. */
	PNG_WRITER_GRAY1,
	/* cairo RGB24 (or opaque ARGB32) pixels, 32 bits each, written as 8-bit RGB. */
	PNG_WRITER_CAIRO_RGB,
	/* cairo RGB24 pixels with R = G = B (the caller checked), written as 8-bit gray. */
	PNG_WRITER_CAIRO_GRAY
};

/* zlib's strategy for the image data. */
enum png_writer_strategy {
	PNG_WRITER_DEFAULT,  /* zlib's default match search */
	PNG_WRITER_FILTERED, /* Z_FILTERED: fewer short matches, for filtered rows */
	PNG_WRITER_RLE       /* Z_RLE: runs of one byte only; fast */
};

struct png_writer_format {
	int width, height;            /* pixels, 1 or more */
	enum png_writer_pixels pixels;
	int dpi;                      /* written in pHYs, as pixels a metre */
	int filter_up;                /* 1: the UP filter on every row; 0: none */
	int level;                    /* zlib level, 1 to 9 */
	enum png_writer_strategy strategy;
	int mem_level;                /* zlib memLevel, 1 to 9 */
	const char *what;             /* the image in diagnostics: "the QR code's PNG" */
};

struct png_writer;

/*
 * Starts a PNG into `out` (appended to; on failure its contents are
 * undefined): the signature, IHDR and pHYs are written at once. On success
 * *w must later go to campaign__png_writer_free(), whatever happens next;
 * on failure *w is NULL.
 */
int campaign__png_writer_new(struct png_writer **w, struct strbuf *out,
                             const struct png_writer_format *f, campaign_diags *diags);

/*
 * Adds `count` rows, `stride` bytes apart from `rows` on (stride 0: one row
 * `count` times, as a QR module's rows are all alike).
 */
int campaign__png_writer_rows(struct png_writer *w, const unsigned char *rows, size_t stride,
                              int count);

/* Finishes the file once every row is in: the last IDAT and IEND. */
int campaign__png_writer_end(struct png_writer *w);

/* Frees the writer, finished or not. Accepts NULL. */
void campaign__png_writer_free(struct png_writer *w);

#endif
