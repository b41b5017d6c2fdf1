/*
 * The libpng boundary (lib/qr/png_writer.c), read back by libpng, which
 * checks every chunk's CRC and the zlib stream's adler32: the header (size,
 * bit depth, colour type), the resolution in pHYs, the pixels as cairo had
 * them in every pixel format and at every compression the library uses,
 * whatever the bands' heights; the same bytes every time; and libpng's
 * errors and a full memory buffer come back as a status and a diagnostic.
 * (Running out of memory inside libpng and zlib is test_nomem's.)
 */
#include <png.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "harness.h"
#include "png_read.h"
#include "qr/png_writer.h"

static uint32_t
be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* Whether the file's chunks are exactly IHDR, pHYs, one or more IDAT, IEND. */
static int
chunks_as_expected(const struct strbuf *png, int *idats)
{
	static const char *const first[] = { "IHDR", "pHYs" };
	size_t at = 8;
	int n = 0;
	*idats = 0;
	while (at + 12 <= png->len) {
		const unsigned char *c = (const unsigned char *)png->ptr + at;
		const char *type = (const char *)c + 4;
		if (n < 2 && memcmp(type, first[n], 4) != 0)
			return 0;
		if (n >= 2 && memcmp(type, "IDAT", 4) != 0)
			return memcmp(type, "IEND", 4) == 0 && *idats > 0 && at + 12 == png->len;
		*idats += n >= 2;
		n++;
		at += 12 + be32(c);
	}
	return 0;
}

/* libpng's reading of a file, and whether its chunks are the ones expected. */
struct decoded {
	struct png_image_info img;
	int chunks_ok; /* IHDR, pHYs, IDAT..., IEND and nothing else */
};

/* 0, or -1 when libpng refuses the file (a bad CRC or checksum, a truncated stream). */
static int
decode(const struct strbuf *png, struct decoded *d)
{
	int idats;
	d->chunks_ok = chunks_as_expected(png, &idats);
	return png_read_rgb(png->ptr, png->len, &d->img);
}

/*
 * A cairo RGB24 image: noise or a gradient, in colour or gray (R = G = B).
 * The top byte is unused in RGB24; it is set to junk to show it is ignored.
 */
static uint32_t *
make_pixels(int w, int h, int random, int gray)
{
	uint32_t *px = malloc((size_t)w * (size_t)h * 4);
	uint32_t seed = 12345;
	for (int i = 0; i < w * h; i++) {
		seed = seed * 1103515245u + 12345u;
		uint32_t v = random ? seed >> 8
		                    : (uint32_t)(i % w) * 255 / (uint32_t)(w > 1 ? w - 1 : 1) * 0x010101u +
		                              (uint32_t)(i / w % 7) * 0x200000u;
		if (gray)
			v = (v & 0xFF) * 0x010101u;
		px[i] = 0xA5000000u | (v & 0xFFFFFFu);
	}
	return px;
}

/* The compressions the library uses: QR codes', flyers' small and fast. */
static const struct {
	int filter_up, level, mem_level;
	enum png_writer_strategy strategy;
} compressions[] = {
	{ 0, 4, 8, PNG_WRITER_DEFAULT },
	{ 1, 6, 6, PNG_WRITER_FILTERED },
	{ 1, 1, 4, PNG_WRITER_RLE },
};
#define NCOMPRESSIONS (sizeof(compressions) / sizeof(compressions[0]))

static struct png_writer_format
format_of(int w, int h, enum png_writer_pixels pixels, size_t compression, int dpi)
{
	struct png_writer_format f = {
		.width = w,
		.height = h,
		.pixels = pixels,
		.dpi = dpi,
		.filter_up = compressions[compression].filter_up,
		.level = compressions[compression].level,
		.strategy = compressions[compression].strategy,
		.mem_level = compressions[compression].mem_level,
		.what = "the test PNG",
	};
	return f;
}

/* Writes a cairo image in bands of the given heights (repeating the last): the file's bytes. */
static void
write_png(struct strbuf *out, const uint32_t *px, const struct png_writer_format *f,
          const int *bands, size_t nbands)
{
	campaign__strbuf_init(out, 0);
	struct png_writer *w = NULL;
	ASSERT_INT_EQ(campaign__png_writer_new(&w, out, f, NULL), CAMPAIGN_OK);
	size_t b = 0;
	for (int y = 0; y < f->height;) {
		int rows = bands[b < nbands ? b : nbands - 1];
		b++;
		if (rows > f->height - y)
			rows = f->height - y;
		ASSERT_INT_EQ(campaign__png_writer_rows(w, (const unsigned char *)(px + (size_t)y * (size_t)f->width),
		                                        (size_t)f->width * 4, rows),
		              CAMPAIGN_OK);
		y += rows;
	}
	ASSERT_INT_EQ(campaign__png_writer_end(w), CAMPAIGN_OK);
	campaign__png_writer_free(w);
}

/* Writes, decodes, compares; returns the number of IDAT chunks. */
static int
round_trip(int w, int h, int random, enum png_writer_pixels pixels, size_t compression,
           const int *bands, size_t nbands)
{
	int gray = pixels == PNG_WRITER_CAIRO_GRAY;
	uint32_t *px = make_pixels(w, h, random, gray);
	struct png_writer_format f = format_of(w, h, pixels, compression, 300);
	struct strbuf out, again;
	write_png(&out, px, &f, bands, nbands);
	/* The same pixels in other bands: the same bytes. */
	static const int one_band[] = { 1 << 20 };
	write_png(&again, px, &f, one_band, 1);
	ASSERT_TRUE(out.len == again.len && memcmp(out.ptr, again.ptr, out.len) == 0);
	campaign__strbuf_free(&again);

	struct decoded d;
	ASSERT_INT_EQ(decode(&out, &d), 0);
	int idats = 0;
	ASSERT_TRUE(d.chunks_ok);
	chunks_as_expected(&out, &idats);
	ASSERT_INT_EQ(d.img.width, w);
	ASSERT_INT_EQ(d.img.height, h);
	ASSERT_INT_EQ(d.img.color_type, gray ? PNG_COLOR_TYPE_GRAY : PNG_COLOR_TYPE_RGB);
	ASSERT_INT_EQ(d.img.bit_depth, 8);
	ASSERT_INT_EQ(d.img.res_unit, PNG_RESOLUTION_METER);
	ASSERT_INT_EQ(d.img.res_x, 11811); /* 300 dpi */
	ASSERT_INT_EQ(d.img.res_y, 11811);
	size_t wrong = 0;
	for (int i = 0; d.img.rgb && i < w * h; i++) {
		const unsigned char *got = d.img.rgb + (size_t)i * 3;
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
	free(d.img.rgb);
	campaign__strbuf_free(&out);
	free(px);
	return idats;
}

static void
test_png_writer__cairo_pixels_in_uneven_bands(void)
{
	static const int bands[] = { 1, 7, 256 };
	for (size_t c = 0; c < NCOMPRESSIONS; c++) {
		round_trip(640, 480, 0, PNG_WRITER_CAIRO_RGB, c, bands, 3);
		round_trip(640, 480, 0, PNG_WRITER_CAIRO_GRAY, c, bands, 3);
	}
}

static void
test_png_writer__noise_spans_several_idat_chunks(void)
{
	/* Random pixels do not compress: 1.3 MB of data, at most 256 KB an IDAT. */
	static const int bands[] = { 100 };
	for (size_t c = 0; c < NCOMPRESSIONS; c++)
		ASSERT_TRUE(round_trip(700, 600, 1, PNG_WRITER_CAIRO_RGB, c, bands, 1) >= 5);
	ASSERT_TRUE(round_trip(1200, 900, 1, PNG_WRITER_CAIRO_GRAY, 2, bands, 1) >= 4);
}

static void
test_png_writer__one_pixel_and_very_wide_rows(void)
{
	static const int one[] = { 1 };
	for (size_t c = 0; c < NCOMPRESSIONS; c++) {
		round_trip(1, 1, 0, PNG_WRITER_CAIRO_RGB, c, one, 1);
		round_trip(1, 1, 1, PNG_WRITER_CAIRO_GRAY, c, one, 1);
	}
	/* 32,767 pixels, cairo's widest: 98,301 bytes a row. */
	round_trip(32767, 3, 1, PNG_WRITER_CAIRO_RGB, 1, one, 1);
	round_trip(32767, 3, 0, PNG_WRITER_CAIRO_GRAY, 2, one, 1);
}

/* 1-bit rows as given, each repeated (stride 0) as a QR module's are. */
static void
test_png_writer__one_bit_rows_repeated(void)
{
	static const unsigned char rows[3][2] = { { 0xA5, 0x7F }, { 0x00, 0xFF }, { 0xFF, 0x80 } };
	struct png_writer_format f = format_of(11, 9, PNG_WRITER_GRAY1, 0, 600);
	struct strbuf out;
	campaign__strbuf_init(&out, 0);
	struct png_writer *w = NULL;
	ASSERT_INT_EQ(campaign__png_writer_new(&w, &out, &f, NULL), CAMPAIGN_OK);
	for (int r = 0; r < 3; r++)
		ASSERT_INT_EQ(campaign__png_writer_rows(w, rows[r], 0, 3), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__png_writer_end(w), CAMPAIGN_OK);
	campaign__png_writer_free(w);
	struct decoded d;
	ASSERT_INT_EQ(decode(&out, &d), 0);
	ASSERT_TRUE(d.chunks_ok);
	ASSERT_INT_EQ(d.img.bit_depth, 1);
	ASSERT_INT_EQ(d.img.color_type, PNG_COLOR_TYPE_GRAY);
	ASSERT_INT_EQ(d.img.res_x, 23622); /* 600 dpi */
	for (int y = 0; y < 9; y++)
		for (int x = 0; x < 11; x++) {
			int white = rows[y / 3][x / 8] >> (7 - x % 8) & 1;
			ASSERT_INT_EQ(d.img.rgb[((size_t)y * 11 + (size_t)x) * 3], white ? 255 : 0);
		}
	free(d.img.rgb);
	campaign__strbuf_free(&out);
}

static void
test_png_writer__resolution_in_pixels_a_metre(void)
{
	static const struct {
		int dpi;
		png_uint_32 ppm;
	} cases[] = { { 72, 2835 }, { 150, 5906 }, { 300, 11811 }, { 1200, 47244 }, { 2400, 94488 } };
	static const int all[] = { 4 };
	uint32_t *px = make_pixels(4, 4, 0, 0);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct png_writer_format f = format_of(4, 4, PNG_WRITER_CAIRO_RGB, 1, cases[i].dpi);
		struct strbuf out;
		write_png(&out, px, &f, all, 1);
		struct decoded d;
		ASSERT_INT_EQ(decode(&out, &d), 0);
		ASSERT_INT_EQ(d.img.res_x, cases[i].ppm);
		ASSERT_INT_EQ(d.img.res_y, cases[i].ppm);
		free(d.img.rgb);
		campaign__strbuf_free(&out);
	}
	free(px);
}

static const char *
message(campaign_diags *d)
{
	const campaign_diag *g = campaign_diags_get(d, 0);
	return g ? g->message : "(none)";
}

/* libpng's own errors, at the start, in the middle and at the end: EIO with its reason. */
static void
test_png_writer__libpng_errors_become_eio(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	struct strbuf out;
	campaign__strbuf_init(&out, 0);
	struct png_writer *w = (struct png_writer *)&out;
	struct png_writer_format f = format_of(0, 10, PNG_WRITER_CAIRO_RGB, 1, 300);
	ASSERT_INT_EQ(campaign__png_writer_new(&w, &out, &f, d), CAMPAIGN_EIO);
	ASSERT_NULL(w);
	ASSERT_STR_EQ(message(d), "cannot write the test PNG: libpng: Invalid IHDR data (Image width "
	                          "is zero in IHDR)");
	ASSERT_INT_EQ(campaign_diags_get(d, 0)->status, CAMPAIGN_EIO);

	/* Finished before any row: libpng refuses, and the writer stays failed. */
	campaign_diags_free(d);
	campaign_diags_new(&d);
	campaign__strbuf_reset(&out);
	f = format_of(10, 10, PNG_WRITER_CAIRO_GRAY, 2, 300);
	ASSERT_INT_EQ(campaign__png_writer_new(&w, &out, &f, d), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__png_writer_end(w), CAMPAIGN_EIO);
	ASSERT_STR_EQ(message(d), "cannot write the test PNG: libpng: No IDATs written into file");
	uint32_t row[10] = { 0 };
	ASSERT_INT_EQ(campaign__png_writer_rows(w, (const unsigned char *)row, 0, 1), CAMPAIGN_EIO);
	ASSERT_INT_EQ(campaign__png_writer_end(w), CAMPAIGN_EIO);
	ASSERT_INT_EQ(campaign_diags_count(d), 1);
	campaign__png_writer_free(w);
	campaign__strbuf_free(&out);
	campaign_diags_free(d);
}

/* The memory buffer's cap, reached half way through a file: EIO, saying so. */
static void
test_png_writer__full_buffer_becomes_eio(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	struct strbuf out;
	campaign__strbuf_init(&out, (size_t)1 << 20);
	uint32_t *px = make_pixels(700, 600, 1, 0);
	struct png_writer_format f = format_of(700, 600, PNG_WRITER_CAIRO_RGB, 2, 300);
	struct png_writer *w = NULL;
	ASSERT_INT_EQ(campaign__png_writer_new(&w, &out, &f, d), CAMPAIGN_OK);
	int rc = CAMPAIGN_OK;
	int y = 0;
	for (; y < 600 && rc == CAMPAIGN_OK; y += 50)
		rc = campaign__png_writer_rows(w, (const unsigned char *)(px + (size_t)y * 700), 700 * 4, 50);
	ASSERT_INT_EQ(rc, CAMPAIGN_EIO);
	ASSERT_TRUE(y > 50 && y < 600); /* not at the first rows, not only at the end */
	ASSERT_INT_EQ(campaign__png_writer_end(w), CAMPAIGN_EIO);
	ASSERT_STR_EQ(message(d), "the test PNG would be larger than the 1 MB it may take in memory");
	ASSERT_INT_EQ(campaign_diags_count(d), 1);
	campaign__png_writer_free(w);
	campaign__strbuf_free(&out);
	free(px);
	campaign_diags_free(d);
}

int
main(void)
{
	RUN(test_png_writer__cairo_pixels_in_uneven_bands);
	RUN(test_png_writer__noise_spans_several_idat_chunks);
	RUN(test_png_writer__one_pixel_and_very_wide_rows);
	RUN(test_png_writer__one_bit_rows_repeated);
	RUN(test_png_writer__resolution_in_pixels_a_metre);
	RUN(test_png_writer__libpng_errors_become_eio);
	RUN(test_png_writer__full_buffer_becomes_eio);
	return harness_done();
}
