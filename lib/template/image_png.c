/*
 * PNG artwork, decoded by cairo once at load. The IHDR dimensions and the
 * chunks are checked first: a 48 KB PNG can declare 20000 x 20000 pixels
 * and make cairo allocate 1.5 GB, and cairo calls any libpng error "out of
 * memory".
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cairo.h>

#include "campaign/status.h"
#include "campaign/template.h"
#include "template/image_decode.h"
#include "template/png_chunks.h"

struct png_reader {
	const unsigned char *data;
	size_t len, pos;
};

static cairo_status_t
read_png(void *closure, unsigned char *out, unsigned int n)
{
	struct png_reader *r = closure;
	if (n > r->len - r->pos)
		return CAIRO_STATUS_READ_ERROR;
	memcpy(out, r->data + r->pos, n);
	r->pos += n;
	return CAIRO_STATUS_SUCCESS;
}

static uint32_t
be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

enum image_format
campaign__image_format(const unsigned char *d, size_t len, const char *name)
{
	if (len >= 8 && memcmp(d, "\x89PNG\r\n\x1a\n", 8) == 0)
		return IMAGE_FORMAT_PNG;
	if (len >= 3 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF)
		return IMAGE_FORMAT_JPEG;
	size_t n = strlen(name);
	if (n > 4 && (strcmp(name + n - 4, ".svg") == 0 || strcmp(name + n - 4, ".SVG") == 0))
		return IMAGE_FORMAT_SVG;
	return IMAGE_FORMAT_OTHER;
}

/*
 * Decodes into cairo's own surface and keeps it: the pixels exist once.
 * Copying them into a buffer of ours held two copies at the peak (an image
 * at the pixel limit, all zeros, compresses to 150 KB and took 320 MB).
 * cairo 1.16 decodes every PNG to ARGB32, or to RGB24 whose unused byte it
 * fills with 0xff, so either reads as premultiplied ARGB32.
 */
static int
decode(struct tpl_image *img, const unsigned char *data, size_t len)
{
	struct png_reader r = { data, len, 0 };
	cairo_surface_t *s = cairo_image_surface_create_from_png_stream(read_png, &r);
	cairo_status_t status = cairo_surface_status(s);
	cairo_format_t format = status == CAIRO_STATUS_SUCCESS ? cairo_image_surface_get_format(s)
	                                                       : CAIRO_FORMAT_INVALID;
	if (format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24) {
		cairo_surface_destroy(s);
		return status == CAIRO_STATUS_NO_MEMORY ? CAMPAIGN_ENOMEM : CAMPAIGN_EINVALID;
	}
	cairo_surface_flush(s);
	img->kind = TPL_IMAGE_PNG;
	img->surface = s;
	img->format = CAIRO_FORMAT_ARGB32;
	img->pixels = cairo_image_surface_get_data(s);
	img->width = cairo_image_surface_get_width(s);
	img->height = cairo_image_surface_get_height(s);
	img->stride = cairo_image_surface_get_stride(s);
	return CAMPAIGN_OK;
}

int
campaign__image_png(struct tpl_image *img, const struct image_limits *l, const unsigned char *d,
                    size_t len, char *why, size_t why_size)
{
	char problem[96];
	if (len < 24 || memcmp(d, "\x89PNG\r\n\x1a\n", 8) != 0 || memcmp(d + 12, "IHDR", 4) != 0) {
		snprintf(why, why_size, "is not a PNG file");
		return CAMPAIGN_EINVALID;
	}
	if (!campaign__image_size_ok(l, be32(d + 16), be32(d + 20), why, why_size))
		return CAMPAIGN_EINVALID;
	if (campaign__png_chunks_problem(d, len, problem, sizeof(problem))) {
		snprintf(why, why_size, "is damaged: %s", problem);
		return CAMPAIGN_EINVALID;
	}
	int rc = decode(img, d, len);
	if (rc == CAMPAIGN_ENOMEM)
		/* cairo says "out of memory" for any libpng error (a short IDAT among them). */
		snprintf(why, why_size, "cannot be decoded: its image data is damaged or cut short (or "
		         "memory ran out)");
	else if (rc)
		snprintf(why, why_size, "is not a readable PNG file");
	return rc ? CAMPAIGN_EINVALID : CAMPAIGN_OK;
}
