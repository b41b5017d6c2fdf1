/*
 * SVG artwork through librsvg, the one file that calls it. The document is
 * checked first (svg_check.c), parsed once at load from the bytes that were
 * checked (librsvg never opens the file again), and drawn into a cairo
 * recording surface for each flyer, which a PDF keeps as vectors (a form
 * XObject, once per file thanks to the unique id) and a PNG page
 * rasterizes at its own resolution.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <gio/gio.h>
#include <librsvg/rsvg.h>

#include "campaign/status.h"
#include "campaign/template.h"
#include "template/image_decode.h"
#include "template/svg_check.h"

/*
 * An SVG logo is kilobytes. Not the 'image-bytes' limit: a raster is decoded
 * once, but an SVG is drawn again into every flyer's recording, so its cost
 * is its size times the flyers (measured: 8 MB of paths, 40 s and 140 MB
 * for one A6 PDF on a loaded machine; 30 MB, 83 s and 470 MB). Raising the
 * image limit for a big photo must not let a drawing slow every flyer; the
 * message says how to make the artwork fit.
 */
#define SVG_MAX_BYTES ((size_t)8 * 1024 * 1024)
/*
 * The recording's longest side at least, in its own units: the aspect is
 * kept to within a few hundredths of a per cent when the size is rounded.
 */
#define SVG_MIN_UNITS 1000.0

/* Its size in CSS px: width and height, or the viewBox's proportions; 0 when it has neither. */
static int
svg_size(RsvgHandle *h, double *w, double *ht, int *declared)
{
	*declared = rsvg_handle_get_intrinsic_size_in_pixels(h, w, ht);
	if (*declared && *w > 0 && *ht > 0)
		return 1;
	*declared = 0;
	gboolean has_w, has_h, has_vb;
	RsvgLength lw, lh;
	RsvgRectangle vb;
	rsvg_handle_get_intrinsic_dimensions(h, &has_w, &lw, &has_h, &lh, &has_vb, &vb);
	if (!has_vb || !(vb.width > 0) || !(vb.height > 0))
		return 0;
	*w = vb.width;
	*ht = vb.height;
	return 1;
}

/* Draws the SVG into a new recording surface of img's size. */
static cairo_surface_t *
record(const struct tpl_image *img, RsvgHandle *h, GError **err)
{
	cairo_rectangle_t extents = { 0, 0, img->width, img->height };
	cairo_surface_t *s = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents);
	cairo_t *cr = cairo_create(s);
	RsvgRectangle viewport = { 0, 0, img->width, img->height };
	gboolean ok = rsvg_handle_render_document(h, cr, &viewport, err);
	cairo_status_t status = cairo_status(cr);
	cairo_destroy(cr);
	if (!ok || status != CAIRO_STATUS_SUCCESS) {
		cairo_surface_destroy(s);
		return NULL;
	}
	return s;
}

int
campaign__image_svg(struct tpl_image *img, const struct image_limits *l, const unsigned char *d,
                    size_t len, const char *path, char *why, size_t why_size)
{
	if (len > SVG_MAX_BYTES) {
		snprintf(why, why_size, "is an SVG of more than %zu MB; an SVG is drawn again on every "
		         "flyer, so it is held to %zu MB whatever the 'image-bytes' limit: simplify it "
		         "(fewer points, no embedded rasters), or export it as a PNG at print "
		         "resolution, which is decoded once", len >> 20, SVG_MAX_BYTES >> 20);
		return CAMPAIGN_EINVALID;
	}
	char *dir = g_path_get_dirname(path);
	int rc = campaign__svg_check((const char *)d, len, dir, l, why, why_size);
	g_free(dir);
	if (rc)
		return rc;
	GFile *base = g_file_new_for_path(path);
	GInputStream *in = g_memory_input_stream_new_from_data(d, (gssize)len, NULL);
	GError *err = NULL;
	RsvgHandle *h = rsvg_handle_new_from_stream_sync(in, base, RSVG_HANDLE_FLAGS_NONE, NULL, &err);
	g_object_unref(in);
	g_object_unref(base);
	double w = 0, ht = 0;
	int declared = 0;
	if (!h) {
		snprintf(why, why_size, "is not an SVG librsvg can read: %.160s", err ? err->message : "?");
		rc = CAMPAIGN_EINVALID;
	} else if (!svg_size(h, &w, &ht, &declared)) {
		snprintf(why, why_size, "has no size: give its <svg> a width and height, or a viewBox");
		rc = CAMPAIGN_EINVALID;
	} else if (declared && (w > (double)l->side || ht > (double)l->side)) {
		/* Drawn as vectors: only its side is bounded, its pixels are never all held. */
		char raise[64] = "";
		if (l->raisable)
			snprintf(raise, sizeof(raise), " (raise it with --limit image-side=N)");
		snprintf(why, why_size, "declares a size of %.0f x %.0f px; the limit 'image-side' is %zu "
		         "px a side%s", w, ht, l->side, raise);
		rc = CAMPAIGN_EINVALID;
	}
	if (rc == CAMPAIGN_OK) {
		/* A vector drawing: only the proportions count, so scale small ones up before rounding. */
		double k = fmax(1.0, SVG_MIN_UNITS / fmax(w, ht));
		img->width = (int)fmax(1, lround(w * k));
		img->height = (int)fmax(1, lround(ht * k));
		/* Drawn once now, so that an SVG that cannot be drawn fails at load, not on a page. */
		cairo_surface_t *s = record(img, h, &err);
		if (!s) {
			snprintf(why, why_size, "cannot be drawn: %.160s", err ? err->message : "cairo failed");
			rc = CAMPAIGN_EINVALID;
		}
		cairo_surface_destroy(s);
	}
	if (err)
		g_error_free(err);
	if (rc) {
		if (h)
			g_object_unref(h);
		return rc;
	}
	img->kind = TPL_IMAGE_SVG;
	img->svg = h;
	pthread_mutex_init(&img->svg_lock, NULL);
	return CAMPAIGN_OK;
}

cairo_surface_t *
campaign__svg_surface(const struct tpl_image *img)
{
	/* The template is shared read-only: its lock is the one part that changes. */
	pthread_mutex_t *lock = (pthread_mutex_t *)&img->svg_lock;
	pthread_mutex_lock(lock);
	cairo_surface_t *s = record(img, img->svg, NULL);
	pthread_mutex_unlock(lock);
	return s;
}

void
campaign__image_free(struct tpl_image *img)
{
	if (img->surface)
		cairo_surface_destroy(img->surface);
	free(img->jpeg);
	if (img->svg) {
		g_object_unref(img->svg);
		pthread_mutex_destroy(&img->svg_lock);
	}
	memset(img, 0, sizeof(*img));
}
