/*
 * The flyer PNG writer (lib/png_stream.c), read back by libpng, which checks
 * every chunk's CRC and the zlib stream's adler32: pixels, size, colour
 * type and resolution must survive, whatever the band sizes and however
 * many IDAT chunks the data takes.
 */
#include <png.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "harness.h"
#include "render/png_stream.h"

struct decoded {
	png_uint_32 width, height, ppm_x, ppm_y;
	int color_type, bit_depth, unit;
	unsigned char *rgb; /* width * height * 3 */
};

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

/* libpng's complaints are expected (the corrupted copy): no noise on stderr. */
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

/* 0, or -1 when libpng refuses the file (a bad CRC or checksum, a truncated stream). */
static int
decode(const struct strbuf *png_bytes, struct decoded *d)
{
	memset(d, 0, sizeof(*d));
	struct reader r = { (const unsigned char *)png_bytes->ptr, png_bytes->len };
	png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, NULL, quiet_error, quiet_warning);
	png_infop info = png_create_info_struct(png);
	unsigned char *volatile rgb = NULL;
	if (setjmp(png_jmpbuf(png))) {
		png_destroy_read_struct(&png, &info, NULL);
		free(rgb);
		return -1;
	}
	png_set_read_fn(png, &r, read_cb);
	png_read_info(png, info);
	d->width = png_get_image_width(png, info);
	d->height = png_get_image_height(png, info);
	d->color_type = png_get_color_type(png, info);
	d->bit_depth = png_get_bit_depth(png, info);
	if (!png_get_pHYs(png, info, &d->ppm_x, &d->ppm_y, &d->unit))
		d->unit = -1;
	/* Gray files come back as RGB, to compare with the same pixels. */
	if (d->color_type == PNG_COLOR_TYPE_GRAY)
		png_set_gray_to_rgb(png);
	png_read_update_info(png, info);
	rgb = malloc((size_t)d->width * d->height * 3);
	for (png_uint_32 y = 0; y < d->height; y++)
		png_read_row(png, rgb + (size_t)y * d->width * 3, NULL);
	png_read_end(png, NULL);
	png_destroy_read_struct(&png, &info, NULL);
	d->rgb = rgb;
	return 0;
}

/*
 * A cairo RGB24 image: noise or a gray gradient, in colour or gray (R = G =
 * B). The top byte is padding, set to junk to show it is ignored.
 */
static uint32_t *
make_pixels(int w, int h, int random, int gray)
{
	uint32_t *px = malloc((size_t)w * (size_t)h * 4);
	uint32_t seed = 12345;
	for (int i = 0; i < w * h; i++) {
		seed = seed * 1103515245u + 12345u;
		uint32_t v = random ? seed >> 8 : (uint32_t)((i % w) * 255 / (w > 1 ? w - 1 : 1)) * 0x010101u;
		if (gray)
			v = (v & 0xFF) * 0x010101u;
		px[i] = 0xA5000000u | (v & 0xFFFFFFu);
	}
	return px;
}

/* Writes the image in bands of the given heights (repeating the last), decodes, compares. */
static void
round_trip(int w, int h, int random, int fast, int gray, const int *bands, size_t nbands)
{
	uint32_t *px = make_pixels(w, h, random, gray);
	struct strbuf out;
	campaign__strbuf_init(&out, 0);
	struct png_stream p;
	ASSERT_INT_EQ(campaign__png_stream_begin(&p, &out, w, h, 300, fast ? 1 : 6, fast, gray), CAMPAIGN_OK);
	size_t b = 0;
	for (int y = 0; y < h;) {
		int rows = bands[b < nbands ? b : nbands - 1];
		b++;
		if (rows > h - y)
			rows = h - y;
		ASSERT_INT_EQ(campaign__png_stream_rows(&p, (const unsigned char *)(px + (size_t)y * w),
		                                        w * 4, rows),
		              CAMPAIGN_OK);
		y += rows;
	}
	ASSERT_INT_EQ(campaign__png_stream_end(&p), CAMPAIGN_OK);
	campaign__png_stream_free(&p);

	struct decoded d;
	ASSERT_INT_EQ(decode(&out, &d), 0);
	ASSERT_INT_EQ(d.width, w);
	ASSERT_INT_EQ(d.height, h);
	ASSERT_INT_EQ(d.color_type, gray ? PNG_COLOR_TYPE_GRAY : PNG_COLOR_TYPE_RGB);
	ASSERT_INT_EQ(d.bit_depth, 8);
	ASSERT_INT_EQ(d.unit, PNG_RESOLUTION_METER);
	ASSERT_INT_EQ(d.ppm_x, 11811); /* 300 dpi */
	ASSERT_INT_EQ(d.ppm_y, 11811);
	size_t wrong = 0;
	for (int i = 0; i < w * h; i++) {
		const unsigned char *got = d.rgb + (size_t)i * 3;
		uint32_t want = px[i];
		if (got[0] != (unsigned char)(want >> 16) || got[1] != (unsigned char)(want >> 8) ||
		    got[2] != (unsigned char)want)
			wrong++;
	}
	ASSERT_INT_EQ(wrong, 0);

	/* The reader does check: one flipped bit in the last IDAT's data is refused. */
	out.ptr[out.len - 12 - 4 - 2] ^= 0x10;
	struct decoded bad;
	ASSERT_INT_EQ(decode(&out, &bad), -1);
	free(d.rgb);
	campaign__strbuf_free(&out);
	free(px);
}

/* The number of IDAT chunks in a PNG. */
static int
count_idat(const struct strbuf *png)
{
	int n = 0;
	for (size_t at = 8; at + 12 <= png->len;) {
		const unsigned char *c = (const unsigned char *)png->ptr + at;
		size_t len = (size_t)c[0] << 24 | (size_t)c[1] << 16 | (size_t)c[2] << 8 | c[3];
		n += memcmp(c + 4, "IDAT", 4) == 0;
		at += 12 + len;
	}
	return n;
}

static void
test_png_stream__gradient_in_uneven_bands(void)
{
	static const int bands[] = { 1, 7, 256 };
	round_trip(640, 480, 0, 0, 0, bands, 3);
	round_trip(640, 480, 0, 1, 0, bands, 3);
	round_trip(640, 480, 0, 0, 1, bands, 3);
	round_trip(640, 480, 0, 1, 1, bands, 3);
}

static void
test_png_stream__noise_spans_many_idat_chunks(void)
{
	/* Random pixels do not compress: 1.2 MB of data, several 256 KB chunks. */
	static const int bands[] = { 100 };
	round_trip(700, 600, 1, 0, 0, bands, 1);
	round_trip(700, 600, 1, 1, 0, bands, 1);
	round_trip(1200, 900, 1, 1, 1, bands, 1);
	uint32_t *px = make_pixels(700, 600, 1, 0);
	struct strbuf out;
	campaign__strbuf_init(&out, 0);
	struct png_stream p;
	ASSERT_INT_EQ(campaign__png_stream_begin(&p, &out, 700, 600, 300, 1, 1, 0), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__png_stream_rows(&p, (const unsigned char *)px, 700 * 4, 600), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__png_stream_end(&p), CAMPAIGN_OK);
	campaign__png_stream_free(&p);
	ASSERT_TRUE(count_idat(&out) >= 4);
	campaign__strbuf_free(&out);
	free(px);
}

static void
test_png_stream__one_pixel_and_rows_wider_than_a_batch(void)
{
	static const int one[] = { 1 };
	round_trip(1, 1, 0, 0, 0, one, 1);
	round_trip(1, 1, 1, 1, 0, one, 1);
	round_trip(1, 1, 1, 1, 1, one, 1);
	/* A row of 30,000 pixels is 90,001 bytes, and one of 70,000 in gray 70,001: more than a deflate batch. */
	round_trip(30000, 3, 1, 0, 0, one, 1);
	round_trip(30000, 3, 0, 1, 0, one, 1);
	round_trip(70000, 3, 1, 0, 1, one, 1);
}

int
main(void)
{
	RUN(test_png_stream__gradient_in_uneven_bands);
	RUN(test_png_stream__noise_spans_many_idat_chunks);
	RUN(test_png_stream__one_pixel_and_rows_wider_than_a_batch);
	return harness_done();
}
