/*
 * PNG output: 1-bit grayscale, a whole number of pixels per module, and the
 * resolution in the pHYs chunk so the image prints at the size it was made
 * for (cairo's PNG writer and qrencode's `-d` aside, few tools write it).
 * Written by libpng (png_writer.h), a pixel row at a time, each module
 * row's rows handed over as one row repeated.
 *
 * Filter none, zlib level 4. No filter, because a QR image's bytes take
 * few values (two to four in each column at 6 px a module), which Huffman
 * codes make short, and a module row's repeated pixel rows are each one
 * match at the distance of a row; UP turns those rows into zeros but the
 * others into more values, and was larger at every level. Measured on the
 * benchmark's 1,000 URLs (version 7, 6 px a module, 318 px square, libpng
 * 1.6.39, zlib 1.2.13, CPU time on a busy machine), us and bytes a code:
 *   filter up, level 6 (libpng's default level)    135 us  1,095 bytes
 *   filter none, level 1                            52 us    987 bytes
 *   filter none, level 4                            74 us    791 bytes  <- chosen
 *   filter none, level 6                           160 us    758 bytes
 *   filter none, level 9                           440 us    754 bytes
 * From level 6 up, zlib searches long hash chains through the white rows
 * for a few bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "qr/png_writer.h"
#include "qr/qr_internal.h"

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
 * The pixels of module row y (quiet zone rows included), 1 = white,
 * 0 = black. Bits past the last pixel are padding; they stay white.
 */
static void
fill_row(unsigned char *row, size_t row_bytes, const campaign_qr *qr, int y,
         const campaign_qr_geometry *g)
{
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

int
campaign__qr_png(struct strbuf *out, const campaign_qr *qr, const campaign_qr_geometry *g,
                 campaign_diags *diags)
{
	struct png_writer_format f = {
		.width = g->size_px,
		.height = g->size_px,
		.pixels = PNG_WRITER_GRAY1,
		.dpi = g->dpi,
		.filter_up = 0,
		.level = 4,
		.strategy = PNG_WRITER_DEFAULT,
		.mem_level = 8,
		.what = "the QR code's PNG",
	};
	size_t row_bytes = ((size_t)g->size_px + 7) / 8;
	unsigned char *row = malloc(row_bytes);
	if (!row)
		return CAMPAIGN_ENOMEM;
	struct png_writer *w = NULL;
	int rc = campaign__png_writer_new(&w, out, &f, diags);
	for (int y = -g->border; y < qr->size + g->border && rc == CAMPAIGN_OK; y++) {
		fill_row(row, row_bytes, qr, y, g);
		rc = campaign__png_writer_rows(w, row, 0, g->module_px);
	}
	if (rc == CAMPAIGN_OK)
		rc = campaign__png_writer_end(w);
	campaign__png_writer_free(w);
	free(row);
	return rc;
}
