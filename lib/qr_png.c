/*
 * PNG output through libpng: 1-bit grayscale, a whole number of pixels per
 * module, and the resolution in the pHYs chunk so the image prints at the
 * size it was made for (cairo's PNG writer and qrencode's `-d` aside, few
 * tools write it).
 */
#include <math.h>
#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "qr_internal.h"

/*
 * Measured on the 1,000 benchmark URLs (version 7, 6 px per module, 318 px
 * square; best of 5): the Up filter turns every repeated pixel row into
 * zeros, which zlib's fast levels compress well, while unfiltered rows make
 * zlib chase many short matches:
 *   filter none, level 1:   152 us,  987 bytes
 *   filter none, level 6:   247 us,  758 bytes
 *   filter none, level 9:   508 us,  754 bytes
 *   filter up,   level 1:    59 us, 1198 bytes
 *   filter up,   level 3:    61 us, 1114 bytes   <- chosen
 *   filter up,   level 6:   115 us, 1056 bytes
 *   filter up,   Z_RLE:      49 us, 1466 bytes
 * At 12 px per module, up/3 takes 158 us against 670 us for none/6.
 */
#define QR_PNG_FILTER PNG_FILTER_UP
#define QR_PNG_ZLIB_LEVEL 3

struct png_ctx {
	struct strbuf *out;
	int nomem;
	char message[128];
};

static void
write_cb(png_structp png, png_bytep data, size_t n)
{
	struct png_ctx *c = png_get_io_ptr(png);
	if (campaign__strbuf_add(c->out, data, n) != CAMPAIGN_OK) {
		c->nomem = 1;
		png_error(png, "out of memory");
	}
}

static void
flush_cb(png_structp png)
{
	(void)png;
}

static void
error_cb(png_structp png, png_const_charp msg)
{
	struct png_ctx *c = png_get_error_ptr(png);
	snprintf(c->message, sizeof(c->message), "%s", msg);
	png_longjmp(png, 1);
}

static void
warning_cb(png_structp png, png_const_charp msg)
{
	/* Nothing we write can draw a warning; they carry no action for the caller. */
	(void)png;
	(void)msg;
}

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
}

int
campaign__qr_png(struct strbuf *out, const campaign_qr *qr, const campaign_qr_geometry *g,
                 campaign_diags *diags)
{
	struct png_ctx ctx = { out, 0, "" };
	size_t row_bytes = ((size_t)g->size_px + 7) / 8;
	unsigned char *row = malloc(row_bytes);
	png_structp png =
	        png_create_write_struct(PNG_LIBPNG_VER_STRING, &ctx, error_cb, warning_cb);
	png_infop info = png ? png_create_info_struct(png) : NULL;
	int rc = CAMPAIGN_OK;
	if (!row || !png || !info) {
		rc = CAMPAIGN_ENOMEM;
		goto done;
	}
	if (setjmp(png_jmpbuf(png))) {
		if (ctx.nomem) {
			rc = CAMPAIGN_ENOMEM;
		} else {
			rc = CAMPAIGN_EIO;
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, rc, NULL, 0, 0,
			                   "cannot make the QR PNG: libpng: %s", ctx.message);
		}
		goto done;
	}
	png_set_write_fn(png, &ctx, write_cb, flush_cb);
	png_set_IHDR(png, info, (png_uint_32)g->size_px, (png_uint_32)g->size_px, 1,
	             PNG_COLOR_TYPE_GRAY, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
	             PNG_FILTER_TYPE_DEFAULT);
	png_uint_32 per_metre = (png_uint_32)lround(g->dpi / 0.0254);
	png_set_pHYs(png, info, per_metre, per_metre, PNG_RESOLUTION_METER);
	png_set_filter(png, PNG_FILTER_TYPE_BASE, QR_PNG_FILTER);
	png_set_compression_level(png, QR_PNG_ZLIB_LEVEL);
	png_write_info(png, info);
	for (int y = -g->border; y < qr->size + g->border; y++) {
		fill_row(row, row_bytes, qr, y, g);
		for (int i = 0; i < g->module_px; i++)
			png_write_row(png, row);
	}
	png_write_end(png, info);
done:
	png_destroy_write_struct(&png, &info);
	free(row);
	return rc;
}
