/*
 * libpng, driven for speed without giving up its checks (see png_writer.h):
 *  - one fixed filter instead of libpng's adaptive choice, which tries all
 *    five on every row;
 *  - zlib's level, strategy and memLevel chosen by the caller (memLevel
 *    also sets how many symbols make a deflate block, and so how often
 *    zlib builds Huffman codes, and the size of the hash table zlib slides
 *    along every 32 KB of input);
 *  - the compressed data collected in a buffer of up to 256 KB, so a flyer
 *    page is one or two IDAT chunks and as many calls of write_cb();
 *  - cairo's pixels converted in one pass of ours into a row that stays in
 *    the cache. libpng's transforms would do it in two (png_set_filler()
 *    drops the padding byte, png_set_bgr() swaps R and B, each a pass over
 *    the row libpng has copied anyway): on the benchmark's A5 flyers at
 *    300 dpi, `fast`, they took 7 per cent more time in all.
 *
 * Every call into libpng sits under a setjmp() of its own, in a function
 * that changes no local variable after it, so libpng's longjmp on an error
 * lands where nothing is stale.
 */
#include "qr/png_writer.h"

#include <png.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "campaign/status.h"

/* The compressed data's buffer, and so the largest IDAT chunk. */
#define BUFFER_MAX (256 * 1024)
#define BUFFER_MIN 8192

struct png_writer {
	png_structp png;
	png_infop info;
	struct strbuf *out;
	enum png_writer_pixels pixels;
	int width;
	unsigned char *row; /* a converted row of cairo pixels */
	const char *what;
	campaign_diags *diags;
	int status;       /* CAMPAIGN_OK or the first failure, sticky */
	int nomem;        /* one of libpng's or zlib's allocations failed */
	char reason[128]; /* libpng's message for the last error */
	char warning[128]; /* and for the last warning, often the detail of an error */
};

/* Allocations for libpng and zlib: through our malloc, so a failure is ours to see. */
static png_voidp
alloc_cb(png_structp png, png_alloc_size_t size)
{
	struct png_writer *w = png_get_mem_ptr(png);
	void *p = malloc(size);
	if (!p)
		w->nomem = 1;
	return p;
}

static void
free_cb(png_structp png, png_voidp p)
{
	(void)png;
	free(p);
}

/* libpng's errors: kept, then back to the setjmp() of the call under way. */
static void
error_cb(png_structp png, png_const_charp msg)
{
	struct png_writer *w = png_get_error_ptr(png);
	snprintf(w->reason, sizeof(w->reason), "%s", msg);
	png_longjmp(png, 1);
}

/*
 * Warnings: kept, not printed. libpng warns of each bad header field and
 * then fails with "Invalid IHDR data", so the error's diagnostic names it.
 */
static void
warning_cb(png_structp png, png_const_charp msg)
{
	struct png_writer *w = png_get_error_ptr(png);
	snprintf(w->warning, sizeof(w->warning), "%s", msg);
}

static void
write_cb(png_structp png, png_bytep data, size_t len)
{
	struct png_writer *w = png_get_io_ptr(png);
	if (campaign__strbuf_add(w->out, data, len) != CAMPAIGN_OK)
		png_error(png, "cannot hold the file in memory");
}

static void
flush_cb(png_structp png)
{
	(void)png;
}

/* After libpng gave up: the status and its one diagnostic. */
static int
failed(struct png_writer *w)
{
	if (w->nomem || w->out->status == CAMPAIGN_ENOMEM) {
		w->status = CAMPAIGN_ENOMEM;
		campaign_diags_add(w->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_ENOMEM, NULL, 0, 0,
		                   "out of memory writing %s", w->what);
	} else if (w->out->status != CAMPAIGN_OK) {
		w->status = CAMPAIGN_EIO;
		campaign_diags_add(w->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, NULL, 0, 0,
		                   "%s would be larger than the %zu MB it may take in memory",
		                   w->what, w->out->max >> 20);
	} else {
		w->status = CAMPAIGN_EIO;
		campaign_diags_add(w->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, NULL, 0, 0,
		                   "cannot write %s: libpng: %s%s%s%s", w->what, w->reason,
		                   *w->warning ? " (" : "", w->warning, *w->warning ? ")" : "");
	}
	return w->status;
}

/* Bytes of one row as the file holds it, filter byte excluded. */
static size_t
file_row_bytes(const struct png_writer_format *f)
{
	switch (f->pixels) {
	case PNG_WRITER_GRAY1: return ((size_t)f->width + 7) / 8;
	case PNG_WRITER_CAIRO_GRAY: return (size_t)f->width;
	case PNG_WRITER_CAIRO_RGB: break;
	}
	return (size_t)f->width * 3;
}

static void
configure(struct png_writer *w, const struct png_writer_format *f)
{
	static const int strategies[] = { Z_DEFAULT_STRATEGY, Z_FILTERED, Z_RLE };
	png_structp png = w->png;
	png_set_write_fn(png, w, write_cb, flush_cb);
	png_set_IHDR(png, w->info, (png_uint_32)f->width, (png_uint_32)f->height,
	             f->pixels == PNG_WRITER_GRAY1 ? 1 : 8,
	             f->pixels == PNG_WRITER_CAIRO_RGB ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_GRAY,
	             PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
	png_uint_32 ppm = (png_uint_32)(f->dpi / 0.0254 + 0.5);
	png_set_pHYs(png, w->info, ppm, ppm, PNG_RESOLUTION_METER);
	png_set_filter(png, PNG_FILTER_TYPE_BASE, f->filter_up ? PNG_FILTER_UP : PNG_FILTER_NONE);
	png_set_compression_level(png, f->level);
	png_set_compression_strategy(png, strategies[f->strategy]);
	png_set_compression_mem_level(png, f->mem_level);
	/*
	 * The window stays libpng's: 32 KB, or as little as holds the whole
	 * image (a QR code's 13 KB), which libpng works out itself.
	 */
	size_t image = (file_row_bytes(f) + 1) * (size_t)f->height;
	png_set_compression_buffer_size(png, image < BUFFER_MIN   ? BUFFER_MIN
	                                     : image > BUFFER_MAX ? BUFFER_MAX
	                                                          : image);
	png_write_info(png, w->info);
}

static int
start(struct png_writer *w, const struct png_writer_format *f)
{
	if (setjmp(png_jmpbuf(w->png)))
		return failed(w);
	configure(w, f);
	return CAMPAIGN_OK;
}

int
campaign__png_writer_new(struct png_writer **out, struct strbuf *sink,
                         const struct png_writer_format *f, campaign_diags *diags)
{
	*out = NULL;
	struct png_writer *w = calloc(1, sizeof(*w));
	if (w && f->pixels != PNG_WRITER_GRAY1 && !(w->row = malloc(file_row_bytes(f)))) {
		free(w);
		w = NULL;
	}
	if (!w) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_ENOMEM, NULL, 0, 0,
		                   "out of memory writing %s", f->what);
		return CAMPAIGN_ENOMEM;
	}
	w->out = sink;
	w->pixels = f->pixels;
	w->width = f->width;
	w->what = f->what;
	w->diags = diags;
	/* Without a failed allocation, only a libpng older than its header gives no writer. */
	snprintf(w->reason, sizeof(w->reason), "no writer from libpng %s", png_get_libpng_ver(NULL));
	w->png = png_create_write_struct_2(PNG_LIBPNG_VER_STRING, w, error_cb, warning_cb, w,
	                                   alloc_cb, free_cb);
	if (w->png)
		w->info = png_create_info_struct(w->png);
	int rc = w->png && w->info ? start(w, f) : failed(w);
	if (rc) {
		campaign__png_writer_free(w);
		return rc;
	}
	*out = w;
	return CAMPAIGN_OK;
}

/* cairo's pixels, 0x00RRGGBB in a native 32-bit word, as the file's bytes. */
static const unsigned char *
convert(struct png_writer *w, const unsigned char *src)
{
	const uint32_t *px = (const uint32_t *)(const void *)src;
	unsigned char *dst = w->row;
	if (w->pixels == PNG_WRITER_CAIRO_GRAY) {
		for (int x = 0; x < w->width; x++)
			dst[x] = (unsigned char)px[x];
		return w->row;
	}
	for (int x = 0; x < w->width; x++) {
		uint32_t c = px[x];
		dst[0] = (unsigned char)(c >> 16);
		dst[1] = (unsigned char)(c >> 8);
		dst[2] = (unsigned char)c;
		dst += 3;
	}
	return w->row;
}

static void
write_rows(struct png_writer *w, const unsigned char *rows, size_t stride, int count)
{
	for (int y = 0; y < count; y++) {
		const unsigned char *row = rows + (size_t)y * stride;
		png_write_row(w->png, w->pixels == PNG_WRITER_GRAY1 ? row : convert(w, row));
	}
}

int
campaign__png_writer_rows(struct png_writer *w, const unsigned char *rows, size_t stride, int count)
{
	if (w->status)
		return w->status;
	if (setjmp(png_jmpbuf(w->png)))
		return failed(w);
	write_rows(w, rows, stride, count);
	return CAMPAIGN_OK;
}

int
campaign__png_writer_end(struct png_writer *w)
{
	if (w->status)
		return w->status;
	if (setjmp(png_jmpbuf(w->png)))
		return failed(w);
	png_write_end(w->png, NULL);
	return CAMPAIGN_OK;
}

void
campaign__png_writer_free(struct png_writer *w)
{
	if (!w)
		return;
	if (w->png)
		png_destroy_write_struct(&w->png, &w->info);
	free(w->row);
	free(w);
}
