/*
 * PNG output: 1-bit grayscale, a whole number of pixels per module, and the
 * resolution in the pHYs chunk so the image prints at the size it was made
 * for (cairo's PNG writer and qrencode's `-d` aside, few tools write it).
 *
 * Written here rather than through libpng, for speed: with libpng a code's
 * PNG took 85 us of its 110 us once encoding got fast, most of it in zlib
 * fed one pixel row at a time. Here the filtered image is built whole (one
 * bit a pixel: 13 KB for the benchmark's codes, 128 MB at the 32,767 px
 * limit) and libdeflate compresses it in one call.
 *
 * Every row uses the UP filter, which turns each repeated pixel row of a
 * module row into zeros. Measured on 200 of the benchmark's URLs (version
 * 7, 6 px a module, 318 px square), whole image, us and bytes a code:
 *   zlib level 3 (libpng's way, row by row)       85 us  1,114 bytes
 *   zlib level 3, memLevel 2, whole image          55 us  1,062 bytes
 *   libdeflate level 1                             37 us  1,075 bytes
 *   libdeflate level 3                             36 us  1,034 bytes  <- chosen
 *   libdeflate level 6                             47 us  1,009 bytes
 *   libdeflate level 9                            166 us    903 bytes
 */
#include <libdeflate.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "png_chunks.h"
#include "qr_internal.h"

#define QR_PNG_DEFLATE_LEVEL 3
#define PNG_FILTER_UP 2

/* One pixel row of module row y (quiet zone rows included): 1 = white, 0 = black. */
static void
fill_row(unsigned char *row, size_t row_bytes, const campaign_qr *qr, int y,
         const campaign_qr_geometry *g)
{
	memset(row, 0xff, row_bytes);
	if (y < 0 || y >= qr->size)
		return;
	for (int x = 0; x < qr->size; x++) {
		if (!campaign__qr_dark(qr, x, y))
			continue;
		size_t from = (size_t)(x + g->border) * (size_t)g->module_px;
		for (size_t px = from; px < from + (size_t)g->module_px; px++)
			row[px >> 3] &= (unsigned char)~(0x80u >> (px & 7));
	}
	/* Bits past the last pixel are padding; keep them white, as libpng would. */
}

/*
 * The filtered image, `lines` of 1 + row_bytes: a filter byte (UP), then the
 * row minus the row above. A module row's first pixel row differs from the
 * row above it; its other module_px - 1 rows are all zeros.
 */
static void
filter_image(unsigned char *image, size_t row_bytes, const campaign_qr *qr,
             const campaign_qr_geometry *g, unsigned char *above, unsigned char *row)
{
	size_t line = 1 + row_bytes;
	unsigned char *at = image;
	memset(above, 0, row_bytes); /* UP's row above the first is zeros */
	for (int y = -g->border; y < qr->size + g->border; y++) {
		fill_row(row, row_bytes, qr, y, g);
		at[0] = PNG_FILTER_UP;
		for (size_t i = 0; i < row_bytes; i++)
			at[1 + i] = (unsigned char)(row[i] - above[i]);
		memcpy(above, row, row_bytes);
		at += line;
		for (int r = 1; r < g->module_px; r++, at += line) {
			at[0] = PNG_FILTER_UP;
			memset(at + 1, 0, row_bytes);
		}
	}
}

/* The image as one zlib stream in one IDAT chunk. */
static int
add_idat(struct strbuf *out, const unsigned char *image, size_t len)
{
	struct libdeflate_compressor *c = libdeflate_alloc_compressor(QR_PNG_DEFLATE_LEVEL);
	size_t cap = c ? libdeflate_zlib_compress_bound(c, len) : 0;
	unsigned char *z = c ? malloc(cap) : NULL;
	int rc = CAMPAIGN_ENOMEM;
	if (z) {
		/* 0 means "does not fit", which the bound rules out. */
		size_t n = libdeflate_zlib_compress(c, image, len, z, cap);
		rc = n ? campaign__png_chunk(out, "IDAT", z, n) : CAMPAIGN_ENOMEM;
	}
	free(z);
	libdeflate_free_compressor(c);
	return rc;
}

int
campaign__qr_png(struct strbuf *out, const campaign_qr *qr, const campaign_qr_geometry *g,
                 campaign_diags *diags)
{
	(void)diags; /* nothing here fails but memory */
	size_t row_bytes = ((size_t)g->size_px + 7) / 8;
	size_t len = (size_t)g->size_px * (1 + row_bytes);
	unsigned char *image = malloc(len + 2 * row_bytes);
	if (!image)
		return CAMPAIGN_ENOMEM;
	filter_image(image, row_bytes, qr, g, image + len, image + len + row_bytes);
	int rc = campaign__png_header(out, g->size_px, g->size_px, 1, 0, g->dpi);
	if (rc == CAMPAIGN_OK)
		rc = add_idat(out, image, len);
	if (rc == CAMPAIGN_OK)
		rc = campaign__png_chunk(out, "IEND", NULL, 0);
	free(image);
	return rc;
}
