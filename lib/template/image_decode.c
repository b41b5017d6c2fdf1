/*
 * An image file's bytes named by their content and decoded by their format:
 * what a template's images and the images of tables' rows share. Apart from
 * reading (image_read.c), which svg_check.c uses too.
 */
#include <stdio.h>

#include <glib.h>

#include "campaign/status.h"
#include "template/image_decode.h"

void
campaign__image_content_id(const unsigned char *d, size_t len, char id[65])
{
	/* The content names the image for cairo: the same file twice is one image in a PDF. */
	gchar *sum = g_compute_checksum_for_data(G_CHECKSUM_SHA256, d, len);
	snprintf(id, 65, "%s", sum ? sum : "");
	g_free(sum);
}

int
campaign__image_decode(struct tpl_image *img, const struct image_limits *l, const unsigned char *d,
                       size_t len, const char *path, char *why, size_t why_size)
{
	/* Said plainly, and no decoder is handed a null buffer (librsvg's GMarkup would warn). */
	if (len == 0) {
		snprintf(why, why_size, "is empty");
		return CAMPAIGN_EINVALID;
	}
	switch (campaign__image_format(d, len, path)) {
	case IMAGE_FORMAT_PNG: return campaign__image_png(img, l, d, len, why, why_size);
	case IMAGE_FORMAT_JPEG: return campaign__image_jpeg(img, l, d, len, why, why_size);
	case IMAGE_FORMAT_SVG: return campaign__image_svg(img, l, d, len, path, why, why_size);
	case IMAGE_FORMAT_OTHER: break;
	}
	snprintf(why, why_size, "is not a PNG, JPEG or SVG file");
	return CAMPAIGN_EINVALID;
}
