/*
 * A flyer as a PNG at a given DPI, through libpng so that the file says its
 * resolution (pHYs; cairo's own PNG writer writes none). The page is drawn
 * in bands of rows, each into a small image surface, and each band's rows
 * go straight to libpng: an A2 poster at 600 dpi (9921 x 14031 px) needs
 * one band of memory (about 10 MB) instead of 557 MB.
 */
#include <math.h>
#include <png.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "campaign/status.h"
#include "flyer.h"
#include "render_internal.h"
#include "util/strbuf.h"

#define BAND_ROWS 256
/* cairo's limit for an image surface side. */
#define PNG_MAX_SIDE 32767

struct png_sink {
	struct strbuf *out;
};

static void
write_cb(png_structp png, png_bytep data, size_t n)
{
	struct png_sink *sink = png_get_io_ptr(png);
	if (campaign__strbuf_add(sink->out, data, n) != CAMPAIGN_OK)
		png_error(png, "out of memory");
}

static void
flush_cb(png_structp png)
{
	(void)png;
}

/* Our pages are opaque: ARGB32 premultiplied with alpha 255 is plain RGB. */
static void
to_rgb(const unsigned char *src, unsigned char *dst, int width)
{
	const uint32_t *px = (const uint32_t *)(const void *)src;
	for (int x = 0; x < width; x++) {
		uint32_t p = px[x];
		dst[3 * x] = (unsigned char)(p >> 16);
		dst[3 * x + 1] = (unsigned char)(p >> 8);
		dst[3 * x + 2] = (unsigned char)p;
	}
}

struct band_job {
	const campaign_flyer *f;
	double scale;   /* px per pt */
	double origin;  /* pt from the page's left/top edge to the trim */
	int bleed;
	int width, height;
};

/* Draws rows [y0, y0 + rows) of the page into surface s. */
static int
draw_band(const struct band_job *j, cairo_surface_t *s, int y0, campaign_diags *diags)
{
	cairo_t *cr = cairo_create(s);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	/* Whole-pixel translation: each band's pixels are what one big render would give. */
	cairo_translate(cr, 0, -y0);
	cairo_scale(cr, j->scale, j->scale);
	cairo_translate(cr, j->origin, j->origin);
	int rc = campaign__flyer_draw(cr, j->f, j->bleed, 1, diags);
	cairo_destroy(cr);
	cairo_surface_flush(s);
	return rc;
}

int
campaign__render_png(campaign_buf *out, const campaign_flyer *f, const campaign_render_options *o,
                     campaign_diags *diags)
{
	const campaign_template *t = f->t;
	struct band_job j = { .f = f, .scale = o->dpi / 72.0, .bleed = o->bleed };
	j.origin = o->bleed ? t->bleed : 0;
	double wpx = (t->width + 2 * j.origin) * j.scale, hpx = (t->height + 2 * j.origin) * j.scale;
	if (wpx > PNG_MAX_SIDE || hpx > 1e6) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "a PNG of this page at %d dpi would be %.0f pixels wide; the limit is %d "
		                   "(lower the dpi)",
		                   o->dpi, wpx, PNG_MAX_SIDE);
		return CAMPAIGN_EINVALID;
	}
	j.width = (int)lround(wpx);
	j.height = (int)lround(hpx);
	int band_rows = j.height < BAND_ROWS ? j.height : BAND_ROWS;
	cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, j.width, band_rows);
	int rc = campaign__cairo_status(cairo_surface_status(s), "the PNG", diags);
	unsigned char *row = malloc((size_t)j.width * 3);
	struct strbuf buf;
	campaign__strbuf_init(&buf, 0);
	struct png_sink sink = { &buf };
	png_structp png = NULL;
	png_infop info = NULL;
	if (rc == CAMPAIGN_OK && !row)
		rc = CAMPAIGN_ENOMEM;
	if (rc == CAMPAIGN_OK) {
		png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
		info = png ? png_create_info_struct(png) : NULL;
		if (!info)
			rc = CAMPAIGN_ENOMEM;
	}
	if (rc == CAMPAIGN_OK) {
		/* volatile: rc is read after a longjmp from libpng. */
		volatile int vrc = CAMPAIGN_OK;
		if (setjmp(png_jmpbuf(png))) {
			vrc = buf.status == CAMPAIGN_ENOMEM ? CAMPAIGN_ENOMEM : CAMPAIGN_EIO;
			if (vrc == CAMPAIGN_EIO)
				campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, NULL, 0, 0,
				                   "cannot write the PNG: libpng failed");
		} else {
			png_set_write_fn(png, &sink, write_cb, flush_cb);
			/*
			 * One fixed filter: the adaptive default tries five filters on
			 * every row and is several times slower for a few per cent of
			 * size; fixed settings also keep the bytes reproducible. UP beat
			 * SUB, AVG and PAETH on flyers (measured: README, Performance).
			 */
			png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
			/*
			 * fast: zlib's run-length mode. After UP, a flyer's rows are long
			 * runs of zeros, which RLE codes as well as level 2 did in the same
			 * time, in 19 per cent fewer bytes (measured on the benchmark's
			 * flyers: 1.02 times cairo's default PNG instead of 1.25).
			 */
			if (o->png_compression == CAMPAIGN_PNG_FAST)
				png_set_compression_strategy(png, Z_RLE);
			png_set_compression_level(png, o->png_compression == CAMPAIGN_PNG_FAST ? 1 : 6);
			png_set_IHDR(png, info, (png_uint_32)j.width, (png_uint_32)j.height, 8,
			             PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE,
			             PNG_FILTER_TYPE_BASE);
			png_uint_32 ppm = (png_uint_32)lround(o->dpi / 0.0254);
			png_set_pHYs(png, info, ppm, ppm, PNG_RESOLUTION_METER);
			png_write_info(png, info);
			for (int y0 = 0; y0 < j.height && vrc == CAMPAIGN_OK; y0 += band_rows) {
				vrc = draw_band(&j, s, y0, diags);
				unsigned char *data = cairo_image_surface_get_data(s);
				int stride = cairo_image_surface_get_stride(s);
				for (int y = 0; y < band_rows && y0 + y < j.height && vrc == CAMPAIGN_OK; y++) {
					to_rgb(data + (size_t)y * (size_t)stride, row, j.width);
					png_write_row(png, row);
				}
			}
			if (vrc == CAMPAIGN_OK)
				png_write_end(png, info);
		}
		rc = vrc;
	}
	png_destroy_write_struct(png ? &png : NULL, info ? &info : NULL);
	cairo_surface_destroy(s);
	free(row);
	if (rc == CAMPAIGN_OK)
		rc = campaign__strbuf_to_buf(&buf, out);
	else
		campaign__strbuf_free(&buf);
	return rc;
}
