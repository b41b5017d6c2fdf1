#include "png_read.h"

#include <png.h>
#include <stdlib.h>
#include <string.h>

struct reader {
	const unsigned char *p;
	size_t left;
};

static void
read_cb(png_structp png, png_bytep out, size_t n)
{
	struct reader *r = png_get_io_ptr(png);
	if (n > r->left)
		png_error(png, "truncated");
	memcpy(out, r->p, n);
	r->p += n;
	r->left -= n;
}

/* Tests feed broken files on purpose: no noise on stderr. */
static void
quiet_error(png_structp png, png_const_charp msg)
{
	(void)msg;
	png_longjmp(png, 1);
}

static void
quiet_warning(png_structp png, png_const_charp msg)
{
	(void)png;
	(void)msg;
}

static int
read_png(const void *data, size_t len, struct png_image_info *out, int rgb)
{
	memset(out, 0, sizeof(*out));
	struct reader r = { data, len };
	png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, NULL, quiet_error,
	                                         quiet_warning);
	png_infop info = png ? png_create_info_struct(png) : NULL;
	unsigned char *volatile pixels = NULL;
	if (!png || !info || setjmp(png_jmpbuf(png))) {
		png_destroy_read_struct(&png, &info, NULL);
		free(pixels);
		return -1;
	}
	png_set_read_fn(png, &r, read_cb);
	png_read_info(png, info);
	out->width = png_get_image_width(png, info);
	out->height = png_get_image_height(png, info);
	out->bit_depth = png_get_bit_depth(png, info);
	out->color_type = png_get_color_type(png, info);
	png_uint_32 rx = 0, ry = 0;
	int unit = -1;
	if (!png_get_pHYs(png, info, &rx, &ry, &unit))
		unit = -1;
	out->res_x = rx;
	out->res_y = ry;
	out->res_unit = unit;
	int gray = out->color_type == PNG_COLOR_TYPE_GRAY;
	if ((!gray && (!rgb || out->color_type != PNG_COLOR_TYPE_RGB)) || out->width > 40000 ||
	    out->height > 40000)
		png_error(png, "not an image of the kind asked, or not of a sane size");
	if (gray)
		png_set_expand_gray_1_2_4_to_8(png);
	if (gray && rgb)
		png_set_gray_to_rgb(png);
	png_read_update_info(png, info);
	size_t row = (size_t)out->width * (rgb ? 3 : 1);
	pixels = malloc(row * out->height);
	if (!pixels)
		png_error(png, "out of memory");
	for (unsigned int y = 0; y < out->height; y++)
		png_read_row(png, pixels + (size_t)y * row, NULL);
	png_read_end(png, NULL);
	png_destroy_read_struct(&png, &info, NULL);
	if (rgb)
		out->rgb = pixels;
	else
		out->gray = pixels;
	return 0;
}

int
png_read_gray(const void *data, size_t len, struct png_image_info *out)
{
	return read_png(data, len, out, 0);
}

int
png_read_rgb(const void *data, size_t len, struct png_image_info *out)
{
	return read_png(data, len, out, 1);
}
