/*
 * A flyer as a PNG at a given DPI, with the resolution in the file (pHYs;
 * cairo's own PNG writer writes none), written by libpng through
 * qr/png_writer.h. The page is drawn in bands of rows, each into a small
 * image surface, and each band's rows go to libpng as they are drawn: an A2
 * poster at 600 dpi (9921 x 14031 px) needs one band of memory (about
 * 10 MB) instead of 557 MB.
 */
#include <math.h>
#include <stdint.h>

#include "campaign/status.h"
#include "qr/png_writer.h"
#include "render/jpeg_writer.h"
#include "render/flyer.h"
#include "render/impose_layout.h"
#include "render/render_internal.h"
#include "util/strbuf.h"

#define BAND_ROWS 256
/* cairo's limit for an image surface side. */
#define PNG_MAX_SIDE 32767
/* Rows of a PNG drawn band by band, and of a JPEG (JPEG_MAX_DIMENSION in libjpeg). */
#define PNG_MAX_TALL 1e6
#define JPEG_MAX_SIDE 65500

struct band_job {
	const campaign_flyer *f;
	pthread_mutex_t *fonts; /* held while drawing, or NULL */
	double scale;   /* px per pt */
	double origin[2]; /* pt from the page's left and top edges to the trim */
	double fit;     /* the flyer's own scale on the page: below 1 inside an office margin */
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
	cairo_translate(cr, j->origin[0], j->origin[1]);
	cairo_scale(cr, j->fit, j->fit);
	if (j->fonts)
		pthread_mutex_lock(j->fonts);
	int rc = campaign__flyer_draw(cr, j->f, j->bleed, 1, diags);
	if (j->fonts)
		pthread_mutex_unlock(j->fonts);
	cairo_destroy(cr);
	cairo_surface_flush(s);
	return rc;
}

/* Whether every pixel is gray (R = G = B) in the first rows of surface s. */
static int
band_is_gray(cairo_surface_t *s, int width, int rows)
{
	const unsigned char *data = cairo_image_surface_get_data(s);
	int stride = cairo_image_surface_get_stride(s);
	for (int y = 0; y < rows; y++) {
		const uint32_t *px = (const uint32_t *)(const void *)(data + (size_t)y * (size_t)stride);
		for (int x = 0; x < width; x++) {
			uint32_t c = px[x];
			if (((c >> 16) & 0xFF) != (c & 0xFF) || ((c >> 8) & 0xFF) != (c & 0xFF))
				return 0;
		}
	}
	return 1;
}

/*
 * Whether the whole page is gray, so that its PNG can take one byte a pixel
 * instead of three (a black-and-white flyer: a third of the bytes to filter
 * and deflate). The bands are drawn once more to look; a colour page stops
 * at its first coloured pixel, most often in the first band.
 */
static int
page_is_gray(const struct band_job *j, cairo_surface_t *s, int band_rows)
{
	for (int y0 = 0; y0 < j->height; y0 += band_rows) {
		/* No diagnostics: the pass that writes the file draws again and reports. */
		if (draw_band(j, s, y0, NULL) != CAMPAIGN_OK)
			return 0;
		int rows = j->height - y0 < band_rows ? j->height - y0 : band_rows;
		if (!band_is_gray(s, j->width, rows))
			return 0;
	}
	return 1;
}

/* Where the drawn rows go: libpng's writer or libjpeg's; the other is NULL. */
struct band_sink {
	struct png_writer *png;
	struct jpeg_writer *jpeg;
};

/* Draws every band and hands its rows to the sink. */
static int
write_bands(const struct band_job *j, cairo_surface_t *s, int band_rows, const struct band_sink *w,
            campaign_diags *diags)
{
	int rc = CAMPAIGN_OK;
	for (int y0 = 0; y0 < j->height && rc == CAMPAIGN_OK; y0 += band_rows) {
		rc = draw_band(j, s, y0, diags);
		int rows = j->height - y0 < band_rows ? j->height - y0 : band_rows;
		const unsigned char *data = cairo_image_surface_get_data(s);
		size_t stride = (size_t)cairo_image_surface_get_stride(s);
		if (rc == CAMPAIGN_OK)
			rc = w->png ? campaign__png_writer_rows(w->png, data, stride, rows)
			            : campaign__jpeg_writer_rows(w->jpeg, data, stride, rows);
	}
	return rc;
}

/* The page's JPEG: the same bands, no gray check (a JPEG of gray pixels is YCbCr all the same). */
static int
write_jpeg(const struct band_job *j, cairo_surface_t *s, int band_rows, int dpi, struct strbuf *buf,
           campaign_diags *diags)
{
	struct band_sink sink = { NULL, NULL };
	int rc = campaign__jpeg_writer_new(&sink.jpeg, buf, j->width, j->height, dpi, diags);
	if (rc == CAMPAIGN_OK)
		rc = write_bands(j, s, band_rows, &sink, diags);
	if (rc == CAMPAIGN_OK)
		rc = campaign__jpeg_writer_end(sink.jpeg);
	campaign__jpeg_writer_free(sink.jpeg);
	return rc;
}

int
campaign__render_png(campaign_buf *out, const campaign_flyer *f, const campaign_render_options *o,
                     pthread_mutex_t *fonts, campaign_diags *diags)
{
	const campaign_template *t = f->t;
	/* A social image is the pixels its page names, whatever the dpi a print build asks for. */
	int dpi = t->pixel_page ? PIXEL_PAGE_DPI : o->dpi;
	struct band_job j = { .f = f, .fonts = fonts, .scale = dpi / 72.0, .fit = 1 };
	double page_w = t->width, page_h = t->height;
	if (campaign__office_margin(o)) {
		/* For an office printer: the trim alone, the flyer shrunk into the margin, as on a PDF sheet. */
		int rc = campaign__office_fit(t->width, t->height, o->office_margin_mm * PT_PER_MM, &j.fit, diags);
		if (rc)
			return rc;
		j.origin[0] = t->width * (1 - j.fit) / 2;
		j.origin[1] = t->height * (1 - j.fit) / 2;
	} else if (o->bleed) {
		j.bleed = 1;
		j.origin[0] = j.origin[1] = t->bleed;
		page_w += 2 * t->bleed;
		page_h += 2 * t->bleed;
	}
	double wpx = page_w * j.scale, hpx = page_h * j.scale;
	const char *kind = o->format == CAMPAIGN_RENDER_JPEG ? "JPEG" : "PNG";
	/* Drawn in bands, a PNG may be very tall; a JPEG may not, by its format (libjpeg's limit). */
	double tallest = o->format == CAMPAIGN_RENDER_JPEG ? JPEG_MAX_SIDE : PNG_MAX_TALL;
	if (wpx > PNG_MAX_SIDE || hpx > tallest) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "a %s of this page at %d dpi would be %.0f pixels %s; the limit is %.0f "
		                   "(lower the dpi)",
		                   kind, dpi, wpx > PNG_MAX_SIDE ? wpx : hpx,
		                   wpx > PNG_MAX_SIDE ? "wide" : "tall",
		                   wpx > PNG_MAX_SIDE ? (double)PNG_MAX_SIDE : tallest);
		return CAMPAIGN_EINVALID;
	}
	j.width = (int)lround(wpx);
	j.height = (int)lround(hpx);
	int band_rows = j.height < BAND_ROWS ? j.height : BAND_ROWS;
	cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, j.width, band_rows);
	int rc = campaign__cairo_status(cairo_surface_status(s), "the PNG", diags);
	if (o->format == CAMPAIGN_RENDER_JPEG) {
		struct strbuf jbuf;
		campaign__strbuf_init(&jbuf, 0);
		if (rc == CAMPAIGN_OK)
			rc = write_jpeg(&j, s, band_rows, dpi, &jbuf, diags);
		cairo_surface_destroy(s);
		if (rc == CAMPAIGN_OK)
			return campaign__strbuf_to_buf(&jbuf, out);
		campaign__strbuf_free(&jbuf);
		return rc;
	}
	int gray = rc == CAMPAIGN_OK && page_is_gray(&j, s, band_rows);
	int fast = o->png_compression == CAMPAIGN_PNG_FAST;
	/*
	 * One fixed filter, UP: libpng's adaptive default tries five filters on
	 * every row and is several times slower for a few per cent of size; UP
	 * beat SUB, AVG and PAETH on flyers, and after it a flyer's rows are
	 * long runs of zeros. small: level 6 with Z_FILTERED; fast: zlib's
	 * run-length mode, which codes those runs as well as level 2 in the
	 * same time. memLevel 4 and 6, not zlib's 8, were the fastest on the
	 * benchmark's flyers and the smallest (fast: 2.7 s of CPU and 8.4 MB a
	 * hundred, against 3.2 s and 9.2 MB; small: 5.1 s and 6.4 MB against
	 * 5.3 s and 6.6 MB): shorter deflate blocks follow the page's regions,
	 * and zlib slides a smaller hash table along every 32 KB.
	 */
	struct png_writer_format pf = {
		.width = j.width,
		.height = j.height,
		.pixels = gray ? PNG_WRITER_CAIRO_GRAY : PNG_WRITER_CAIRO_RGB,
		.dpi = dpi,
		.filter_up = 1,
		.level = fast ? 1 : 6,
		.strategy = fast ? PNG_WRITER_RLE : PNG_WRITER_FILTERED,
		.mem_level = fast ? 4 : 6,
		.what = "the flyer's PNG",
	};
	struct strbuf buf;
	campaign__strbuf_init(&buf, 0);
	struct band_sink sink = { NULL, NULL };
	if (rc == CAMPAIGN_OK)
		rc = campaign__png_writer_new(&sink.png, &buf, &pf, diags);
	if (rc == CAMPAIGN_OK)
		rc = write_bands(&j, s, band_rows, &sink, diags);
	if (rc == CAMPAIGN_OK)
		rc = campaign__png_writer_end(sink.png);
	campaign__png_writer_free(sink.png);
	cairo_surface_destroy(s);
	if (rc == CAMPAIGN_OK)
		rc = campaign__strbuf_to_buf(&buf, out);
	else
		campaign__strbuf_free(&buf);
	return rc;
}
