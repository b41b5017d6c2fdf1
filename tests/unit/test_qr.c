/* The QR module: encoding, geometry, print checks and every output format. */
#include <cairo.h>
#include <dirent.h>
#include <fcntl.h>
#include <math.h>
#include <png.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "campaign/qr.h"
#include "campaign/qr_cairo.h"
#include "campaign/status.h"
#include "harness.h"
#include "png_read.h"

/* The benchmark's URL: 123 characters, version 7 at level M. */
static const char url[] = "https://example.org/events/rally-2026?utm_source=flyer&utm_medium="
                          "print&utm_campaign=union_rally_2026&utm_content=site_0001";

static campaign_diags *diags;

static void
fresh_diags(void)
{
	campaign_diags_free(diags);
	diags = NULL;
	campaign_diags_new(&diags);
}

static const char *
message(size_t i)
{
	const campaign_diag *d = campaign_diags_get(diags, i);
	return d ? d->message : "(none)";
}

static campaign_qr *
encode(const char *data, size_t len, const campaign_qr_options *o)
{
	fresh_diags();
	campaign_qr *qr = NULL;
	int rc = campaign_qr_encode(&qr, data, len, o, diags);
	if (rc)
		harness_fail(__FILE__, __LINE__, "encode failed: %s", message(0));
	return qr;
}

static char *
repeat(const char *unit, size_t times, const char *tail)
{
	size_t u = strlen(unit), t = strlen(tail);
	char *s = malloc(u * times + t + 1);
	for (size_t i = 0; i < times; i++)
		memcpy(s + i * u, unit, u);
	memcpy(s + u * times, tail, t + 1);
	return s;
}

static void
test_qr__encodes_url_as_version_7_at_level_m(void)
{
	campaign_qr *qr = encode(url, strlen(url), NULL);
	ASSERT_INT_EQ(campaign_qr_version(qr), 7);
	ASSERT_INT_EQ(campaign_qr_size(qr), 45);
	ASSERT_INT_EQ(campaign_qr_ecc_level(qr), CAMPAIGN_QR_ECC_M);
	ASSERT_INT_EQ(campaign_qr_has_eci(qr), 0);
	/* Finder pattern: dark corner, light separator; outside the symbol is light. */
	ASSERT_INT_EQ(campaign_qr_module(qr, 0, 0), 1);
	ASSERT_INT_EQ(campaign_qr_module(qr, 7, 0), 0);
	ASSERT_INT_EQ(campaign_qr_module(qr, 44, 0), 1);
	ASSERT_INT_EQ(campaign_qr_module(qr, -1, 0), 0);
	ASSERT_INT_EQ(campaign_qr_module(qr, 45, 3), 0);
	campaign_qr_free(qr);
}

static void
test_qr__size_follows_version_and_minimum(void)
{
	static const struct {
		const char *data;
		int min_version;
		int version;
		int size;
	} cases[] = {
		{ "x", 0, 1, 21 },
		{ "x", 2, 2, 25 },
		{ "x", 10, 10, 57 },
		{ "x", 40, 40, 177 },
		{ url, 3, 7, 45 }, /* a minimum never shrinks what the data needs */
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
		o.min_version = cases[i].min_version;
		campaign_qr *qr = encode(cases[i].data, strlen(cases[i].data), &o);
		ASSERT_INT_EQ(campaign_qr_version(qr), cases[i].version);
		ASSERT_INT_EQ(campaign_qr_size(qr), cases[i].size);
		campaign_qr_free(qr);
	}
}

static void
test_qr__higher_ecc_needs_no_smaller_symbol(void)
{
	int last = 0;
	for (int ecc = CAMPAIGN_QR_ECC_L; ecc <= CAMPAIGN_QR_ECC_H; ecc++) {
		campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
		o.ecc = (campaign_qr_ecc)ecc;
		campaign_qr *qr = encode(url, strlen(url), &o);
		ASSERT_INT_EQ(campaign_qr_ecc_level(qr), ecc);
		ASSERT_TRUE(campaign_qr_version(qr) >= last);
		last = campaign_qr_version(qr);
		campaign_qr_free(qr);
	}
	ASSERT_INT_EQ(last, 11); /* 123 bytes at level H */
}

static void
test_qr__rejects_empty_payload_and_bad_options(void)
{
	campaign_qr *qr = (campaign_qr *)1;
	fresh_diags();
	ASSERT_INT_EQ(campaign_qr_encode(&qr, "", 0, NULL, diags), CAMPAIGN_EINVALID);
	ASSERT_NULL(qr);
	ASSERT_STR_EQ(message(0), "QR payload is empty");
	campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
	o.min_version = 41;
	fresh_diags();
	ASSERT_INT_EQ(campaign_qr_encode(&qr, "x", 1, &o, diags), CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(message(0),
	              "QR version must be between 1 and 40 (0: the smallest that fits)");
	o = (campaign_qr_options)CAMPAIGN_QR_OPTIONS_INIT;
	o.version = 99;
	fresh_diags();
	ASSERT_INT_EQ(campaign_qr_encode(&qr, "x", 1, &o, diags), CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(message(0), "QR options of unknown version 99");
}

static void
test_qr__too_long_payload_gives_length_and_maximum(void)
{
	static const struct {
		campaign_qr_ecc ecc;
		const char *unit;
		size_t times;
		const char *tail;
		int fits;
		const char *message;
	} cases[] = {
		{ CAMPAIGN_QR_ECC_M, "x", 2331, "", 1, NULL },
		{ CAMPAIGN_QR_ECC_M, "x", 2332, "", 0,
		  "QR payload of 2332 bytes is too long: at most 2331 bytes fit with error "
		  "correction M (2953 with L)" },
		{ CAMPAIGN_QR_ECC_L, "x", 2953, "", 1, NULL },
		{ CAMPAIGN_QR_ECC_L, "x", 2954, "", 0,
		  "QR payload of 2954 bytes is too long: at most 2953 bytes fit with error "
		  "correction L" },
		{ CAMPAIGN_QR_ECC_H, "x", 1273, "", 1, NULL },
		{ CAMPAIGN_QR_ECC_H, "x", 1274, "", 0,
		  "QR payload of 1274 bytes is too long: at most 1273 bytes fit with error "
		  "correction H (2953 with L)" },
		/* UTF-8 with its ECI header: 12 bits less room */
		{ CAMPAIGN_QR_ECC_M, "\xc3\xa9", 1165, "", 1, NULL },
		{ CAMPAIGN_QR_ECC_M, "\xc3\xa9", 1165, "x", 0,
		  "QR payload of 2331 bytes is too long: at most 2330 bytes fit with error "
		  "correction M (2952 with L)" },
		/* special cases: far beyond any symbol, refused before libqrencode */
		{ CAMPAIGN_QR_ECC_M, "0", 100000, "", 0,
		  "QR payload of 100000 bytes is too long: at most 2331 bytes fit with error "
		  "correction M (2953 with L)" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
		o.ecc = cases[i].ecc;
		char *data = repeat(cases[i].unit, cases[i].times, cases[i].tail);
		campaign_qr *qr = NULL;
		fresh_diags();
		int rc = campaign_qr_encode(&qr, data, strlen(data), &o, diags);
		free(data);
		if (cases[i].fits) {
			ASSERT_INT_EQ(rc, CAMPAIGN_OK);
			ASSERT_INT_EQ(campaign_qr_version(qr), 40);
		} else {
			ASSERT_INT_EQ(rc, CAMPAIGN_ETOOLONG);
			ASSERT_NULL(qr);
			ASSERT_STR_EQ(message(0), cases[i].message);
			ASSERT_INT_EQ(campaign_diags_get(diags, 0)->status, CAMPAIGN_ETOOLONG);
		}
		campaign_qr_free(qr);
	}
}

/*
 * Plain payloads go through libqrencode's split, so digit and upper-case
 * runs take numeric and alphanumeric mode: 7,089 digits and 4,296 capitals
 * fit version 40-L where 2,953 bytes do; one more of each does not, with
 * the message (past 7,089 we refuse before libqrencode).
 */
static void
test_qr__digits_and_capitals_fit_their_modes_capacity(void)
{
	static const struct {
		const char *unit;
		size_t max;
	} modes[] = { { "7", 7089 }, { "Z", 4296 }, { "z", 2953 } };
	for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
		o.ecc = CAMPAIGN_QR_ECC_L;
		char *data = repeat(modes[i].unit, modes[i].max + 1, "");
		campaign_qr *qr = encode(data, modes[i].max, &o);
		ASSERT_INT_EQ(campaign_qr_version(qr), 40);
		campaign_qr_free(qr);
		qr = NULL;
		fresh_diags();
		ASSERT_INT_EQ(campaign_qr_encode(&qr, data, modes[i].max + 1, &o, diags),
		              CAMPAIGN_ETOOLONG);
		ASSERT_NULL(qr);
		char want[128];
		snprintf(want, sizeof(want),
		         "QR payload of %zu bytes is too long: at most 2953 bytes fit with error "
		         "correction L",
		         modes[i].max + 1);
		ASSERT_STR_EQ(message(0), want);
		free(data);
	}
}

static void
test_qr__marks_only_non_ascii_utf8_with_eci(void)
{
	static const struct {
		const char *data;
		campaign_qr_eci mode;
		int eci;
	} cases[] = {
		{ "caf\xc3\xa9", CAMPAIGN_QR_ECI_AUTO, 1 },
		{ "\xd0\x9c\xd0\xb8\xd1\x82\xd0\xb8\xd0\xbd\xd0\xb3", CAMPAIGN_QR_ECI_AUTO, 1 },
		{ "https://example.org/", CAMPAIGN_QR_ECI_AUTO, 0 },
		{ "\xff\xfe binary", CAMPAIGN_QR_ECI_AUTO, 0 }, /* not UTF-8: left unlabelled */
		{ "caf\xc3\xa9", CAMPAIGN_QR_ECI_NONE, 0 },
		{ "ascii", CAMPAIGN_QR_ECI_UTF8, 1 },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
		o.eci = cases[i].mode;
		campaign_qr *qr = encode(cases[i].data, strlen(cases[i].data), &o);
		ASSERT_INT_EQ(campaign_qr_has_eci(qr), cases[i].eci);
		campaign_qr_free(qr);
	}
}

/* libqrencode's string call would stop at the first NUL (test_qr_decode reads these back). */
static void
test_qr__encodes_bytes_with_nul(void)
{
	campaign_qr *qr = encode("a\0b\0c", 5, NULL);
	ASSERT_INT_EQ(campaign_qr_version(qr), 1);
	campaign_qr_free(qr);
	/* 2,331 bytes fill version 40-M: all of them count, not the 1 before the NUL. */
	char *data = repeat("\x01", 2332, "");
	data[1] = '\0';
	qr = encode(data, 2331, NULL);
	ASSERT_INT_EQ(campaign_qr_version(qr), 40);
	campaign_qr_free(qr);
	qr = NULL;
	fresh_diags();
	ASSERT_INT_EQ(campaign_qr_encode(&qr, data, 2332, NULL, diags), CAMPAIGN_ETOOLONG);
	free(data);
}

static void
test_qr__parses_and_names_ecc_levels(void)
{
	campaign_qr_ecc e = CAMPAIGN_QR_ECC_L;
	ASSERT_INT_EQ(campaign_qr_ecc_parse(&e, "q"), CAMPAIGN_OK);
	ASSERT_INT_EQ(e, CAMPAIGN_QR_ECC_Q);
	ASSERT_INT_EQ(campaign_qr_ecc_parse(&e, "X"), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_qr_ecc_parse(&e, "MM"), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(e, CAMPAIGN_QR_ECC_Q);
	ASSERT_STR_EQ(campaign_qr_ecc_name(CAMPAIGN_QR_ECC_H), "H");
	ASSERT_STR_EQ(campaign_qr_format_extension(CAMPAIGN_QR_FORMAT_SVG), "svg");
	campaign_qr_options o;
	ASSERT_INT_EQ(campaign_qr_options_init(&o, CAMPAIGN_QR_OPTIONS_VERSION), CAMPAIGN_OK);
	ASSERT_INT_EQ(o.ecc, CAMPAIGN_QR_ECC_M);
	ASSERT_INT_EQ(o.border, 4);
	ASSERT_INT_EQ(o.dpi, 300);
	ASSERT_INT_EQ(campaign_qr_options_init(&o, 2), CAMPAIGN_EINVALID);
}

static void
test_qr__png_size_snaps_down_to_whole_pixels(void)
{
	static const struct {
		double size_mm, module_mm;
		int dpi, module_px, size_px, snapped;
	} cases[] = {
		{ 30, 0, 300, 6, 318, 1 },   /* 354 px available / 53 modules */
		{ 30, 0, 600, 13, 689, 1 },
		{ 26.924, 0, 300, 6, 318, 0 },
		{ 0, 0.5, 300, 6, 318, 1 },  /* a module size rounds to the nearest pixel */
		{ 0, 0.5, 1200, 24, 1272, 1 },
		{ 0, 0.254, 100, 1, 53, 0 },  /* exactly one pixel */
		{ 100, 0, 72, 5, 265, 1 },
	};
	campaign_qr *qr = encode(url, strlen(url), NULL);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
		o.size_mm = cases[i].size_mm;
		if (cases[i].module_mm > 0)
			o.module_mm = cases[i].module_mm;
		o.dpi = cases[i].dpi;
		campaign_qr_geometry g = CAMPAIGN_QR_GEOMETRY_INIT;
		ASSERT_INT_EQ(campaign_qr_measure(&g, qr, CAMPAIGN_QR_FORMAT_PNG, &o, diags),
		              CAMPAIGN_OK);
		ASSERT_INT_EQ(g.module_px, cases[i].module_px);
		ASSERT_INT_EQ(g.size_px, cases[i].size_px);
		ASSERT_INT_EQ(g.snapped, cases[i].snapped);
		ASSERT_INT_EQ(g.dpi, cases[i].dpi);
		ASSERT_TRUE(fabs(g.size_mm - g.size_px * 25.4 / g.dpi) < 1e-9);
		ASSERT_TRUE(cases[i].size_mm == 0 || g.size_mm <= cases[i].size_mm + 1e-9);
	}
	campaign_qr_free(qr);
}

static void
test_qr__vector_size_is_exact(void)
{
	campaign_qr *qr = encode(url, strlen(url), NULL);
	campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
	o.size_mm = 33.3;
	campaign_qr_geometry g = CAMPAIGN_QR_GEOMETRY_INIT;
	ASSERT_INT_EQ(campaign_qr_measure(&g, qr, CAMPAIGN_QR_FORMAT_SVG, &o, diags), CAMPAIGN_OK);
	ASSERT_TRUE(fabs(g.size_mm - 33.3) < 1e-9);
	ASSERT_TRUE(fabs(g.module_mm - 33.3 / 53) < 1e-9);
	ASSERT_TRUE(fabs(g.symbol_mm - 33.3 * 45 / 53) < 1e-9);
	ASSERT_INT_EQ(g.snapped, 0);
	ASSERT_INT_EQ(g.size_px, 0);
	campaign_qr_free(qr);
}

static void
test_qr__measure_rejects_impossible_geometry(void)
{
	static const struct {
		double size_mm;
		int dpi, border;
		const char *message;
	} cases[] = {
		{ 30, 50, 4, "resolution must be between 72 and 2400 dpi, not 50" },
		{ 30, -300, 4, "resolution must be between 72 and 2400 dpi, not -300" },
		{ 30, 2401, 4, "resolution must be between 72 and 2400 dpi, not 2401" },
		{ 1, 72, 4,
		  "a 1 mm wide QR code at 72 dpi has 2 pixels, fewer than its 53 modules (quiet "
		  "zone included)" },
		{ 5000, 2400, 4,
		  "a QR code 5000 mm wide at 2400 dpi would be 472389 pixels wide; at most 32767 are "
		  "allowed: give a smaller size or resolution" },
		{ 5001, 300, 4, "QR size must be more than 0 and at most 5000 mm, not 5001 mm" },
		{ -3, 300, 4, "QR size must be more than 0 and at most 5000 mm, not -3 mm" },
		{ 30, 300, -1, "quiet zone must be between 0 and 64 modules, not -1" },
		{ 30, 300, 65, "quiet zone must be between 0 and 64 modules, not 65" },
	};
	campaign_qr *qr = encode(url, strlen(url), NULL);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
		o.size_mm = cases[i].size_mm;
		o.dpi = cases[i].dpi;
		o.border = cases[i].border;
		campaign_qr_geometry g = CAMPAIGN_QR_GEOMETRY_INIT;
		fresh_diags();
		ASSERT_INT_EQ(campaign_qr_measure(&g, qr, CAMPAIGN_QR_FORMAT_PNG, &o, diags),
		              CAMPAIGN_EINVALID);
		ASSERT_STR_EQ(message(0), cases[i].message);
	}
	/* The resolution matters only to a PNG. */
	campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
	o.dpi = 1;
	campaign_qr_geometry g = CAMPAIGN_QR_GEOMETRY_INIT;
	ASSERT_INT_EQ(campaign_qr_measure(&g, qr, CAMPAIGN_QR_FORMAT_SVG, &o, diags), CAMPAIGN_OK);
	campaign_qr_free(qr);
}

static void
test_qr__print_check_reports_small_modules_quiet_zone_and_distance(void)
{
	static const struct {
		campaign_qr_format format;
		double size_mm, distance_mm;
		int border, rc;
		const char *message;
	} cases[] = {
		{ CAMPAIGN_QR_FORMAT_SVG, 30, 0, 4, CAMPAIGN_OK, NULL },
		{ CAMPAIGN_QR_FORMAT_SVG, 10, 0, 4, CAMPAIGN_EINVALID,
		  "QR module would be 0.19 mm, below the 0.33 mm minimum (4 printer dots at 300 "
		  "dpi), so the code will not scan reliably; make it at least 17.5 mm wide" },
		{ CAMPAIGN_QR_FORMAT_SVG, 20, 0, 4, CAMPAIGN_OK,
		  "QR module is 0.38 mm, below the recommended 0.5 mm; 26.5 mm wide or more scans "
		  "more reliably" },
		/* whole pixels: 4 px at 300 dpi pass (0.34 mm), 3 px do not */
		{ CAMPAIGN_QR_FORMAT_PNG, 20, 0, 4, CAMPAIGN_OK,
		  "QR module is 0.34 mm, below the recommended 0.5 mm; 27.0 mm wide or more scans "
		  "more reliably" },
		{ CAMPAIGN_QR_FORMAT_PNG, 15, 0, 4, CAMPAIGN_EINVALID,
		  "QR module would be 0.25 mm, below the 0.33 mm minimum (4 printer dots at 300 "
		  "dpi), so the code will not scan reliably; make it at least 18.0 mm wide" },
		{ CAMPAIGN_QR_FORMAT_PDF, 30, 400, 4, CAMPAIGN_OK,
		  "QR code is 25.5 mm wide without its quiet zone, less than a tenth of the 400 mm "
		  "scanning distance; make it at least 47.2 mm wide" },
		{ CAMPAIGN_QR_FORMAT_PDF, 30, 250, 4, CAMPAIGN_OK, NULL },
		{ CAMPAIGN_QR_FORMAT_SVG, 30, 0, 2, CAMPAIGN_OK,
		  "quiet zone of 2 modules is less than the 4 the QR standard asks for; keep the "
		  "space around the code empty and light" },
	};
	campaign_qr *qr = encode(url, strlen(url), NULL);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
		o.size_mm = cases[i].size_mm;
		o.distance_mm = cases[i].distance_mm;
		o.border = cases[i].border;
		fresh_diags();
		ASSERT_INT_EQ(campaign_qr_check_print(qr, cases[i].format, &o, "flyer.yaml", 12, 5,
		                                      diags),
		              cases[i].rc);
		if (!cases[i].message) {
			ASSERT_INT_EQ(campaign_diags_count(diags), 0);
			continue;
		}
		ASSERT_INT_EQ(campaign_diags_count(diags), 1);
		const campaign_diag *d = campaign_diags_get(diags, 0);
		ASSERT_STR_EQ(d->message, cases[i].message);
		ASSERT_INT_EQ(d->severity, cases[i].rc ? CAMPAIGN_SEVERITY_ERROR
		                                       : CAMPAIGN_SEVERITY_WARNING);
		ASSERT_STR_EQ(d->file, "flyer.yaml");
		ASSERT_INT_EQ(d->line, 12);
		ASSERT_INT_EQ(d->column, 5);
	}
	campaign_qr_free(qr);
}

static void
test_qr__png_is_1_bit_with_dpi_and_whole_pixel_modules(void)
{
	static const struct {
		double size_mm;
		int dpi, border, module_px;
	} cases[] = {
		{ 30, 300, 4, 6 },
		{ 30, 72, 4, 1 },
		{ 30, 600, 4, 13 },
		{ 25, 1200, 0, 26 },
		{ 40, 150, 10, 3 },
	};
	campaign_qr *qr = encode(url, strlen(url), NULL);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
		o.size_mm = cases[i].size_mm;
		o.dpi = cases[i].dpi;
		o.border = cases[i].border;
		campaign_buf png = CAMPAIGN_BUF_INIT;
		fresh_diags();
		ASSERT_INT_EQ(campaign_qr_render(&png, qr, CAMPAIGN_QR_FORMAT_PNG, &o, diags),
		              CAMPAIGN_OK);
		struct png_image_info img;
		ASSERT_INT_EQ(png_read_gray(png.ptr, png.size, &img), 0);
		campaign_buf_dispose(&png);
		int m = cases[i].module_px, b = cases[i].border;
		ASSERT_INT_EQ(img.width, (45 + 2 * b) * m);
		ASSERT_INT_EQ(img.height, img.width);
		ASSERT_INT_EQ(img.bit_depth, 1);
		ASSERT_INT_EQ(img.color_type, PNG_COLOR_TYPE_GRAY);
		ASSERT_INT_EQ(img.res_unit, PNG_RESOLUTION_METER);
		ASSERT_INT_EQ(img.res_x, img.res_y);
		ASSERT_INT_EQ(lround(img.res_x * 0.0254), cases[i].dpi);
		/* Every pixel is the colour of its module: quiet zone white, no blur. */
		for (unsigned int y = 0; y < img.height; y++) {
			for (unsigned int x = 0; x < img.width; x++) {
				int dark = campaign_qr_module(qr, (int)x / m - b, (int)y / m - b);
				int v = img.gray[y * img.width + x];
				if (v != (dark ? 0 : 255))
					harness_fail(__FILE__, __LINE__, "case %zu: %u,%u is %d", i, x,
					             y, v);
			}
		}
		free(img.gray);
	}
	campaign_qr_free(qr);
}

static size_t
count(const char *hay, const char *needle)
{
	size_t n = 0;
	for (const char *p = hay; (p = strstr(p, needle)); p++)
		n++;
	return n;
}

static void
test_qr__svg_has_one_path_and_size_in_mm(void)
{
	static const struct {
		double size_mm;
		int border;
		const char *size, *view_box;
	} cases[] = {
		{ 30, 4, "width=\"30mm\" height=\"30mm\"", "viewBox=\"0 0 53 53\"" },
		{ 33.3, 4, "width=\"33.3mm\" height=\"33.3mm\"", "viewBox=\"0 0 53 53\"" },
		{ 45.0004, 0, "width=\"45mm\" height=\"45mm\"", "viewBox=\"0 0 45 45\"" },
		{ 12.3456, 1, "width=\"12.346mm\"", "viewBox=\"0 0 47 47\"" },
	};
	campaign_qr *qr = encode(url, strlen(url), NULL);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
		o.size_mm = cases[i].size_mm;
		o.border = cases[i].border;
		campaign_buf svg = CAMPAIGN_BUF_INIT;
		ASSERT_INT_EQ(campaign_qr_render(&svg, qr, CAMPAIGN_QR_FORMAT_SVG, &o, diags),
		              CAMPAIGN_OK);
		ASSERT_INT_EQ(count(svg.ptr, "<path"), 1);
		ASSERT_INT_EQ(count(svg.ptr, "<rect"), 1);
		ASSERT_INT_EQ(count(svg.ptr, cases[i].size), 1);
		ASSERT_INT_EQ(count(svg.ptr, cases[i].view_box), 1);
		ASSERT_INT_EQ(count(svg.ptr, "shape-rendering=\"crispEdges\""), 1);
		ASSERT_INT_EQ(strlen(svg.ptr), svg.size);
		/* The first run is the top row of the top-left finder, after the quiet zone. */
		char first[32];
		int b = cases[i].border;
		snprintf(first, sizeof(first), "d=\"M%d %dh7v1H%dz", b, b, b);
		ASSERT_INT_EQ(count(svg.ptr, first), 1);
		campaign_buf_dispose(&svg);
	}
	campaign_qr_free(qr);
}

static void
test_qr__pdf_page_is_the_code_and_reproducible(void)
{
	campaign_qr *qr = encode(url, strlen(url), NULL);
	campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
	o.size_mm = 30;
	o.now = 1700000000;
	campaign_buf a = CAMPAIGN_BUF_INIT, b = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_qr_render(&a, qr, CAMPAIGN_QR_FORMAT_PDF, &o, diags), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_qr_render(&b, qr, CAMPAIGN_QR_FORMAT_PDF, &o, diags), CAMPAIGN_OK);
	ASSERT_TRUE(a.size > 100 && memcmp(a.ptr, "%PDF-", 5) == 0);
	ASSERT_INT_EQ(a.size, b.size);
	ASSERT_TRUE(memcmp(a.ptr, b.ptr, a.size) == 0);
	/* 30 mm = 85.039 pt; the date is the one given, not the clock's. */
	ASSERT_NOT_NULL(memmem(a.ptr, a.size, "/MediaBox [ 0 0 85.03937 85.03937 ]", 35));
	/* cairo 1.16 writes the date without the "D:" prefix; readers accept it. */
	ASSERT_NOT_NULL(memmem(a.ptr, a.size, "/CreationDate (", 15));
	ASSERT_NOT_NULL(memmem(a.ptr, a.size, "20231114221320Z)", 16));
	campaign_buf_dispose(&a);
	campaign_buf_dispose(&b);
	campaign_qr_free(qr);
}

static void
test_qr__draws_crisp_modules_into_cairo(void)
{
	campaign_qr *qr = encode(url, strlen(url), NULL);
	/* 53 modules at 4 px, placed on whole pixels: no grey anywhere. */
	cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 220, 220);
	cairo_t *cr = cairo_create(s);
	cairo_set_source_rgb(cr, 1, 0, 0); /* a red page: the quiet zone must still be white */
	cairo_paint(cr);
	ASSERT_INT_EQ(campaign_qr_draw(cr, qr, 4, 4, 212, NULL, diags), CAMPAIGN_OK);
	cairo_surface_flush(s);
	const unsigned char *px = cairo_image_surface_get_data(s);
	int stride = cairo_image_surface_get_stride(s);
	for (int y = 0; y < 212; y++) {
		for (int x = 0; x < 212; x++) {
			uint32_t v;
			memcpy(&v, px + (y + 4) * stride + (x + 4) * 4, 4);
			v &= 0xffffff;
			int dark = campaign_qr_module(qr, x / 4 - 4, y / 4 - 4);
			if (v != (dark ? 0u : 0xffffffu))
				harness_fail(__FILE__, __LINE__, "pixel %d,%d is %06x", x, y,
				             (unsigned)v);
		}
	}
	uint32_t outside;
	memcpy(&outside, px, 4);
	ASSERT_INT_EQ(outside & 0xffffff, 0xff0000);
	fresh_diags();
	ASSERT_INT_EQ(campaign_qr_draw(cr, qr, 0, 0, -1, NULL, diags), CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(message(0),
	              "cannot draw a QR code -1 units wide with a quiet zone of 4 modules");
	cairo_destroy(cr);
	cairo_surface_destroy(s);
	/* A caller's context already in error: EIO, with cairo's reason. */
	cairo_surface_t *broken = cairo_image_surface_create(CAIRO_FORMAT_RGB24, -1, -1);
	cr = cairo_create(broken);
	fresh_diags();
	ASSERT_INT_EQ(campaign_qr_draw(cr, qr, 0, 0, 100, NULL, diags), CAMPAIGN_EIO);
	ASSERT_STR_EQ(message(0), "cannot draw the QR code: cairo: invalid value (typically too "
	                          "big) for the size of the input (surface, pattern, etc.)");
	cairo_destroy(cr);
	cairo_surface_destroy(broken);
	campaign_qr_free(qr);
}

static char dir[64];

static int
files_in_dir(void)
{
	DIR *d = opendir(dir);
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)))
		n += e->d_name[0] != '.' || strstr(e->d_name, ".tmp.") != NULL;
	closedir(d);
	return n;
}

static void
remove_dir(void)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char path[512];
	while ((e = readdir(d))) {
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
			snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
			unlink(path);
		}
	}
	closedir(d);
	rmdir(dir);
}

static void
test_qr__writes_files_and_batches(void)
{
	snprintf(dir, sizeof(dir), "/tmp/campaign-qr-XXXXXX");
	ASSERT_NOT_NULL(mkdtemp(dir));
	int dfd = open(dir, O_RDONLY | O_DIRECTORY);
	campaign_qr *qr = encode(url, strlen(url), NULL);
	fresh_diags();
	ASSERT_INT_EQ(campaign_qr_write(dfd, "one.svg", qr, CAMPAIGN_QR_FORMAT_SVG, NULL, diags),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(files_in_dir(), 1);
	campaign_qr_writer *w = NULL;
	ASSERT_INT_EQ(campaign_qr_writer_new(&w, dfd, dir), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_qr_writer_add(w, "flyer-a", qr,
	                                     CAMPAIGN_QR_FORMATS_PNG | CAMPAIGN_QR_FORMATS_SVG, NULL,
	                                     diags),
	              CAMPAIGN_OK);
	ASSERT_TRUE(faccessat(dfd, "flyer-a.png", F_OK, 0) != 0); /* not before the commit */
	ASSERT_INT_EQ(campaign_qr_writer_commit(w, diags), CAMPAIGN_OK);
	ASSERT_INT_EQ(faccessat(dfd, "flyer-a.png", F_OK, 0), 0);
	ASSERT_INT_EQ(faccessat(dfd, "flyer-a.svg", F_OK, 0), 0);
	/* A failing render leaves nothing pending; freeing discards what was not committed. */
	campaign_qr_options bad = CAMPAIGN_QR_OPTIONS_INIT;
	bad.dpi = 10;
	ASSERT_INT_EQ(campaign_qr_writer_add(w, "flyer-b", qr,
	                                     CAMPAIGN_QR_FORMATS_SVG | CAMPAIGN_QR_FORMATS_PNG, &bad,
	                                     diags),
	              CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_qr_writer_add(w, "flyer-c", qr, CAMPAIGN_QR_FORMAT_PDF, NULL, diags),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(files_in_dir(), 4); /* 3 files and the pending temp file of flyer-c */
	campaign_qr_writer_free(w);
	ASSERT_INT_EQ(files_in_dir(), 3);
	fresh_diags();
	ASSERT_INT_EQ(campaign_qr_write(dfd, "no/such/dir.png", qr, CAMPAIGN_QR_FORMAT_PNG, NULL,
	                                diags),
	              CAMPAIGN_EIO);
	ASSERT_STR_EQ(message(0), "cannot open its directory: No such file or directory");
	ASSERT_STR_EQ(campaign_diags_get(diags, 0)->file, "no/such/dir.png");
	campaign_qr_free(qr);
	close(dfd);
	remove_dir();
}

/* A private directory's writer: files under their own names at once, no temp files; uncommitted ones go. */
static void
test_qr__private_writer_writes_final_names(void)
{
	snprintf(dir, sizeof(dir), "/tmp/campaign-qr-XXXXXX");
	ASSERT_NOT_NULL(mkdtemp(dir));
	int dfd = open(dir, O_RDONLY | O_DIRECTORY);
	campaign_qr *qr = encode(url, strlen(url), NULL);
	fresh_diags();
	campaign_qr_writer *w = NULL;
	ASSERT_INT_EQ(campaign_qr_writer_new_private(&w, dfd, dir), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_qr_writer_add(w, "a", qr,
	                                     CAMPAIGN_QR_FORMATS_PNG | CAMPAIGN_QR_FORMATS_SVG, NULL,
	                                     diags),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(faccessat(dfd, "a.png", F_OK, 0), 0);
	ASSERT_INT_EQ(files_in_dir(), 2);
	ASSERT_INT_EQ(campaign_qr_writer_commit(w, diags), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_qr_writer_add(w, "b", qr, CAMPAIGN_QR_FORMAT_PNG, NULL, diags),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(files_in_dir(), 3);
	campaign_qr_writer_free(w);
	ASSERT_INT_EQ(files_in_dir(), 2);
	ASSERT_TRUE(faccessat(dfd, "b.png", F_OK, 0) != 0);
	campaign_qr_free(qr);
	close(dfd);
	remove_dir();
}

int
main(void)
{
	RUN(test_qr__encodes_url_as_version_7_at_level_m);
	RUN(test_qr__size_follows_version_and_minimum);
	RUN(test_qr__higher_ecc_needs_no_smaller_symbol);
	RUN(test_qr__rejects_empty_payload_and_bad_options);
	RUN(test_qr__too_long_payload_gives_length_and_maximum);
	RUN(test_qr__digits_and_capitals_fit_their_modes_capacity);
	RUN(test_qr__marks_only_non_ascii_utf8_with_eci);
	RUN(test_qr__encodes_bytes_with_nul);
	RUN(test_qr__parses_and_names_ecc_levels);
	RUN(test_qr__png_size_snaps_down_to_whole_pixels);
	RUN(test_qr__vector_size_is_exact);
	RUN(test_qr__measure_rejects_impossible_geometry);
	RUN(test_qr__print_check_reports_small_modules_quiet_zone_and_distance);
	RUN(test_qr__png_is_1_bit_with_dpi_and_whole_pixel_modules);
	RUN(test_qr__svg_has_one_path_and_size_in_mm);
	RUN(test_qr__pdf_page_is_the_code_and_reproducible);
	RUN(test_qr__draws_crisp_modules_into_cairo);
	RUN(test_qr__writes_files_and_batches);
	RUN(test_qr__private_writer_writes_final_names);
	campaign_diags_free(diags);
	return harness_done();
}
