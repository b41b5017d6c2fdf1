#include "template/jpeg_orientation.h"

#include <stdint.h>

#include <libexif/exif-data.h>

int
campaign__exif_orientation(const unsigned char *d, size_t len)
{
	if (len > 0xFFFF) /* an APP1 segment's length is 16 bits: this is no segment */
		return 1;
	ExifData *ed = exif_data_new_from_data(d, (unsigned int)len);
	if (!ed)
		return 1;
	int o = 1;
	ExifEntry *e = exif_data_get_entry(ed, EXIF_TAG_ORIENTATION);
	/* The tag is a SHORT; a file that gives it another type or count is not trusted. */
	if (e && e->format == EXIF_FORMAT_SHORT && e->components == 1 && e->size >= 2) {
		int v = exif_get_short(e->data, exif_data_get_byte_order(ed));
		if (v >= 1 && v <= 8)
			o = v;
	}
	exif_data_unref(ed);
	return o;
}

/*
 * Where the pixel at (x, y) of the upright image is in the stored one of
 * size w x h, for each orientation as TIFF 6.0 defines it (the stored 0th
 * row and column are the visual top/left of 1, top/right of 2, and so on).
 */
static void
source_of(int orientation, int x, int y, int w, int h, int *sx, int *sy)
{
	switch (orientation) {
	case 2: *sx = w - 1 - x; *sy = y; break;             /* mirrored left to right */
	case 3: *sx = w - 1 - x; *sy = h - 1 - y; break;     /* upside down */
	case 4: *sx = x; *sy = h - 1 - y; break;             /* mirrored top to bottom */
	case 5: *sx = y; *sy = x; break;                     /* transposed */
	case 6: *sx = y; *sy = h - 1 - x; break;             /* turn 90 degrees clockwise */
	case 7: *sx = w - 1 - y; *sy = h - 1 - x; break;     /* transversed */
	case 8: *sx = w - 1 - y; *sy = x; break;             /* turn 90 degrees counter-clockwise */
	default: *sx = x; *sy = y; break;
	}
}

cairo_surface_t *
campaign__surface_upright(cairo_surface_t *src, int orientation)
{
	int w = cairo_image_surface_get_width(src), h = cairo_image_surface_get_height(src);
	int sideways = orientation >= 5;
	cairo_format_t format = cairo_image_surface_get_format(src);
	cairo_surface_t *dst = cairo_image_surface_create(format, sideways ? h : w, sideways ? w : h);
	if (cairo_surface_status(dst) != CAIRO_STATUS_SUCCESS)
		return dst;
	cairo_surface_flush(src);
	const unsigned char *in = cairo_image_surface_get_data(src);
	unsigned char *out = cairo_image_surface_get_data(dst);
	size_t in_stride = (size_t)cairo_image_surface_get_stride(src);
	size_t out_stride = (size_t)cairo_image_surface_get_stride(dst);
	int dw = cairo_image_surface_get_width(dst), dh = cairo_image_surface_get_height(dst);
	/* Both formats are one 32-bit word a pixel. */
	for (int y = 0; y < dh; y++) {
		uint32_t *row = (uint32_t *)(void *)(out + (size_t)y * out_stride);
		for (int x = 0; x < dw; x++) {
			int sx, sy;
			source_of(orientation, x, y, w, h, &sx, &sy);
			row[x] = ((const uint32_t *)(const void *)(in + (size_t)sy * in_stride))[sx];
		}
	}
	cairo_surface_mark_dirty(dst);
	return dst;
}
