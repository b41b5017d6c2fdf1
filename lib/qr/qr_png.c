/*
 * PNG output: 1-bit grayscale, a whole number of pixels per module, and the
 * resolution in the pHYs chunk so the image prints at the size it was made
 * for (cairo's PNG writer and qrencode's `-d` aside, few tools write it).
 *
 * Written here rather than through libpng, for speed: with libpng a code's
 * PNG took 85 us of its 110 us once encoding got fast, nearly all of it in
 * zlib. deflate_lines.c turns a pixel row equal to the one before into one
 * back-reference, and codes the rest in a few bits a byte. Measured on 200
 * of the benchmark's URLs (version 7, 6 px a module, 318 px square), us and
 * bytes a code (the first three with the UP filter):
 *   libpng, zlib level 3 (row by row)              85 us  1,114 bytes
 *   zlib level 3, memLevel 2, whole image          55 us  1,062 bytes
 *   libdeflate level 3, whole image                36 us  1,034 bytes
 *   deflate_lines.c, filter none                    27 us    817 bytes  <- chosen
 */
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "qr/deflate_lines.h"
#include "qr/png_chunks.h"
#include "qr/qr_internal.h"

#define PNG_FILTER_NONE 0

/* Clears pixels [from, from + n) of a 1-bit row, most significant bit first: black. */
static void
clear_span(unsigned char *row, size_t from, size_t n)
{
	size_t last = from + n - 1;
	size_t first_byte = from >> 3, last_byte = last >> 3;
	unsigned char head = (unsigned char)(0xffu >> (from & 7));        /* pixels from.. */
	unsigned char tail = (unsigned char)(0xffu << (7 - (last & 7))); /* pixels ..last */
	if (first_byte == last_byte) {
		row[first_byte] &= (unsigned char)~(head & tail);
		return;
	}
	row[first_byte] &= (unsigned char)~head;
	memset(row + first_byte + 1, 0, last_byte - first_byte - 1);
	row[last_byte] &= (unsigned char)~tail;
}

/*
 * Line of module row y (quiet zone rows included): filter type 0 (none),
 * then the pixels, 1 = white, 0 = black. Bits past the last pixel are
 * padding; they stay white, as libpng would write them.
 */
static void
fill_line(unsigned char *line, size_t row_bytes, const campaign_qr *qr, int y,
          const campaign_qr_geometry *g)
{
	line[0] = PNG_FILTER_NONE;
	unsigned char *row = line + 1;
	memset(row, 0xff, row_bytes);
	if (y < 0 || y >= qr->size)
		return;
	size_t m = (size_t)g->module_px;
	for (int x = 0; x < qr->size;) {
		if (!campaign__qr_dark(qr, x, y)) {
			x++;
			continue;
		}
		int run = 1; /* dark modules side by side: one span */
		while (x + run < qr->size && campaign__qr_dark(qr, x + run, y))
			run++;
		clear_span(row, (size_t)(x + g->border) * m, (size_t)run * m);
		x += run;
	}
}

/*
 * The image's zlib stream. Filter type 0 on every line: a QR image's bytes
 * take few values (at 6 px a module, two to four in each column), which the
 * Huffman codes make short, and a module row's repeated pixel rows are each
 * one back-reference to the row before. On the benchmark's codes the UP
 * filter gave 1,213 bytes, none 817.
 */
static int
compress_image(struct strbuf *z, size_t row_bytes, const campaign_qr *qr,
               const campaign_qr_geometry *g, unsigned char *line)
{
	struct deflate_lines *d = malloc(sizeof(*d));
	if (!d)
		return CAMPAIGN_ENOMEM;
	int rc = campaign__deflate_lines_begin(d, z, 1 + row_bytes);
	for (int y = -g->border; y < qr->size + g->border && rc == CAMPAIGN_OK; y++) {
		fill_line(line, row_bytes, qr, y, g);
		for (int r = 0; r < g->module_px && rc == CAMPAIGN_OK; r++)
			rc = campaign__deflate_lines_add(d, line);
	}
	if (rc == CAMPAIGN_OK)
		rc = campaign__deflate_lines_end(d);
	else
		campaign__deflate_lines_free(d);
	free(d);
	return rc;
}

int
campaign__qr_png(struct strbuf *out, const campaign_qr *qr, const campaign_qr_geometry *g,
                 campaign_diags *diags)
{
	(void)diags; /* nothing here fails but memory */
	size_t row_bytes = ((size_t)g->size_px + 7) / 8;
	unsigned char *line = malloc(1 + row_bytes);
	if (!line)
		return CAMPAIGN_ENOMEM;
	struct strbuf z;
	campaign__strbuf_init(&z, 0);
	int rc = compress_image(&z, row_bytes, qr, g, line);
	free(line);
	if (rc == CAMPAIGN_OK)
		rc = campaign__png_header(out, g->size_px, g->size_px, 1, 0, g->dpi);
	if (rc == CAMPAIGN_OK)
		rc = campaign__png_chunk(out, "IDAT", z.ptr, z.len);
	if (rc == CAMPAIGN_OK)
		rc = campaign__png_chunk(out, "IEND", NULL, 0);
	campaign__strbuf_free(&z);
	return rc;
}
