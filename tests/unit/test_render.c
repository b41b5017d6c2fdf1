/* Flyers: placeholders, layout checks, PDF and PNG output, proof sheets. */
#include <png.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/campaign.h"
#include "campaign/render_cairo.h"
#include "render/flyer.h"
#include "render/pdf_boxes.h"
#include "template/image_decode.h"
#include "harness.h"
#include "png_read.h"

static const char *const flyer_yaml =
	"template: test\n"
	"page: { size: A6, bleed: 3mm, safe: 5mm }\n"
	"elements:\n"
	"  - rect: { at: [0, 0], size: [105mm, 40mm], fill: \"#c62828\", bleed: true }\n"
	"  - text: { text: \"{{event.title}}\", at: [8mm, 8mm], width: 89mm, height: 28mm, shrink: true,\n"
	"            font: \"DejaVu Sans Bold 30\", color: \"#ffffff\" }\n"
	"  - text: { text: \"{{event.date}} · {{event.weekday}}\", at: [8mm, 45mm], width: 89mm,\n"
	"            font: \"DejaVu Sans 12\" }\n"
	"  - text: { text: \"{{phone}}\", at: [8mm, 55mm], width: 89mm, font: \"DejaVu Sans Bold 14\" }\n"
	"  - qr: { data: \"{{url}}\", at: [8mm, 80mm], size: 40mm }\n"
	"  - line: { from: [55mm, 80mm], to: [97mm, 80mm], width: 0.5pt, dash: [2mm, 1mm] }\n";

static const campaign_param values[] = {
	{ "event.title", "Митинг за достойную зарплату" },
	{ "event.date", "2026-12-05" },
	{ "url", "https://example.org/rally?utm_source=flyer&utm_medium=print" },
	{ "phone", "+7 (495) 123-45-01" },
};
#define NVALUES (sizeof(values) / sizeof(values[0]))

static campaign_template *
template_of(const char *yaml, campaign_diags *d)
{
	campaign_template *t = NULL;
	int rc = campaign_template_load_string(&t, yaml, strlen(yaml), "t.yaml", "data/templates/good", d);
	for (size_t i = 0; rc && i < campaign_diags_count(d); i++)
		printf("# %s\n", campaign_diags_get(d, i)->message);
	ASSERT_INT_EQ(rc, CAMPAIGN_OK);
	return t;
}

static campaign_flyer *
flyer_of(campaign_template *t, const campaign_param *v, size_t n, const char *lang, campaign_diags *d,
         int want)
{
	campaign_flyer_options fo = CAMPAIGN_FLYER_OPTIONS_INIT;
	fo.language = lang;
	campaign_flyer *f = NULL;
	int rc = campaign_flyer_new(&f, t, v, n, &fo, d);
	if (rc != want)
		for (size_t i = 0; i < campaign_diags_count(d); i++)
			printf("# %s\n", campaign_diags_get(d, i)->message);
	ASSERT_INT_EQ(rc, want);
	return f;
}

static uint32_t
be32(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;
	return (uint32_t)u[0] << 24 | (uint32_t)u[1] << 16 | (uint32_t)u[2] << 8 | u[3];
}

static void
test_render__fills_placeholders_and_dates(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = template_of(flyer_yaml, d);
	campaign_flyer *f = flyer_of(t, values, NVALUES, "ru", d, CAMPAIGN_OK);
	ASSERT_STR_EQ(f->elems[2].text, "5 декабря 2026 · суббота");
	/* A number is isolated left to right in any flyer: nothing beside it can reorder it. */
	ASSERT_STR_EQ(f->elems[3].text, "\u2066+7 (495) 123-45-01\u2069");
	ASSERT_STR_EQ(f->elems[4].text, values[2].value);
	/* The title fits its 28 mm box only smaller than 30 pt. */
	ASSERT_TRUE(f->elems[1].font_size < 30 && f->elems[1].font_size >= 6);
	ASSERT_TRUE(f->elems[1].lh <= 28 * 72 / 25.4 + 0.01);
	campaign_flyer_free(f);
	campaign_template_free(t);
	campaign_diags_free(d);
}

static void
test_render__rtl_keeps_phone_numbers_whole(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = template_of(flyer_yaml, d);
	campaign_flyer *f = flyer_of(t, values, NVALUES, "ar", d, CAMPAIGN_OK);
	ASSERT_STR_EQ(f->elems[2].text, "5 ديسمبر 2026 · السبت");
	/* Left-to-right isolate around the number in text; never in the QR payload. */
	ASSERT_STR_EQ(f->elems[3].text, "\u2066+7 (495) 123-45-01\u2069");
	ASSERT_STR_EQ(f->elems[4].text, values[2].value);
	campaign_flyer_free(f);
	campaign_template_free(t);
	campaign_diags_free(d);
}

static void
test_render__mirror_rtl_lays_an_arabic_edition_out_right_to_left(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = template_of(
		"page: { size: A6, safe: 5mm, mirror_rtl: true }\nelements:\n"
		"  - qr: { data: \"{{url}}\", at: [8mm, 80mm], size: 40mm }\n"
		"  - text: { text: \"{{phone}}\", at: [55mm, 90mm], width: 42mm, font: \"DejaVu Sans 10\" }\n"
		"  - line: { from: [8mm, 130mm], to: [30mm, 130mm], repeat: { count: 2, step: [30mm, 0] } }\n", d);
	campaign_flyer *en = flyer_of(t, values, NVALUES, "en", d, CAMPAIGN_OK);
	campaign_flyer *ar = flyer_of(t, values, NVALUES, "ar", d, CAMPAIGN_OK);
	double mm = 72 / 25.4;
	ASSERT_TRUE(en->elems[0].x > 8 * mm - 0.01 && en->elems[0].x < 8 * mm + 0.01);
	/* 105 - 8 - 40 = 57 mm; 105 - 55 - 42 = 8 mm; the line and its step turn round. */
	ASSERT_TRUE(ar->elems[0].x > 57 * mm - 0.01 && ar->elems[0].x < 57 * mm + 0.01);
	ASSERT_TRUE(ar->elems[1].x > 8 * mm - 0.01 && ar->elems[1].x < 8 * mm + 0.01);
	ASSERT_TRUE(ar->elems[2].x > 97 * mm - 0.01 && ar->elems[2].x2 < 75 * mm + 0.01);
	ASSERT_TRUE(ar->elems[2].step_x < -30 * mm + 0.01);
	campaign_flyer_free(en);
	campaign_flyer_free(ar);
	campaign_template_free(t);
	campaign_diags_free(d);
}

/* Where the character c of a laid-out text begins, in pt from the layout's left. */
static double
char_x(const struct flyer_elem *fe, char c)
{
	const char *text = pango_layout_get_text(fe->layout);
	const char *at = strchr(text, c);
	ASSERT_NOT_NULL(at);
	PangoRectangle pos;
	pango_layout_index_to_pos(fe->layout, (int)(at - text), &pos);
	return (pos.width < 0 ? pos.x + pos.width : pos.x) / (double)PANGO_SCALE;
}

static void
test_render__latin_text_in_an_arabic_edition_lines_up_with_it(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = template_of(
		"page: { size: A6, safe: 5mm, mirror_rtl: true }\nelements:\n"
		"  - text: { text: \"{{event.title}}\", at: [8mm, 20mm], width: 60mm, font: \"DejaVu Sans 12\" }\n"
		"  - text: { text: \"{{event.venue}}\", at: [8mm, 40mm], width: 60mm, font: \"DejaVu Sans 12\" }\n"
		"  - text: { text: \"{{event.title}}\", at: [8mm, 60mm], width: 60mm, font: \"DejaVu Sans 12\",\n"
		"            tracking: 2pt }\n", d);
	const campaign_param latin[] = {
		{ "event.title", "Rally 2026!" },
		{ "event.venue", "\u0633\u0627\u062d\u0629 (Tahrir)\nGate B." },
	};
	campaign_flyer *en = flyer_of(t, latin, 2, "en", d, CAMPAIGN_OK);
	campaign_flyer *ar = flyer_of(t, latin, 2, "ar", d, CAMPAIGN_OK);
	double box = 60 * 72 / 25.4;
	/* Start is the left in English and the right in Arabic, whatever the text's own direction. */
	ASSERT_TRUE(en->elems[0].lx < 0.5);
	ASSERT_TRUE(ar->elems[0].lx + ar->elems[0].lw > box - 0.5);
	ASSERT_TRUE(ar->elems[0].lx > 0.5);
	/* ... and the text still runs in its own: the '!' ends "Rally 2026!" on the right. */
	ASSERT_TRUE(char_x(&ar->elems[0], '!') > char_x(&ar->elems[0], 'R'));
	ASSERT_TRUE(char_x(&en->elems[0], '!') > char_x(&en->elems[0], 'R'));
	/* Each paragraph on its own: the second line, Latin, also ends on the right in Arabic. */
	ASSERT_INT_EQ(ar->elems[1].lines, 2);
	ASSERT_TRUE(char_x(&ar->elems[1], '.') > char_x(&ar->elems[1], 'G'));
	ASSERT_TRUE(char_x(&ar->elems[1], 'G') > box / 2);
	ASSERT_TRUE(char_x(&en->elems[1], 'G') < 0.5);
	ASSERT_STR_EQ(ar->elems[0].text, "Rally 2026!"); /* the isolates are the layout's, not the text's */
	ASSERT_STR_EQ(pango_layout_get_text(ar->elems[0].layout), "\u2068Rally 2026!\u2069");
	/* Text in the flyer's own direction is laid out as it is. */
	ASSERT_STR_EQ(pango_layout_get_text(en->elems[0].layout), "Rally 2026!");
	/* Tracking spaces the letters, not the box: the text still starts at its edge. */
	ASSERT_TRUE(char_x(&en->elems[2], 'R') < 0.01);
	ASSERT_TRUE(en->elems[2].lw > en->elems[0].lw + 9 * 2);
	campaign_flyer_free(en);
	campaign_flyer_free(ar);
	campaign_template_free(t);
	campaign_diags_free(d);
}

static void
test_render__missing_value_is_located_with_a_suggestion(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = template_of(flyer_yaml, d);
	const campaign_param typo[] = {
		{ "event.title", "Rally" }, { "event.date", "2026-12-05" }, { "url", "https://example.org" },
		{ "phones", "+7 495 123-45-01" },
	};
	ASSERT_NULL(flyer_of(t, typo, 4, "en", d, CAMPAIGN_EINVALID));
	const campaign_diag *g = campaign_diags_get(d, 0);
	/* {{phone}} is right: the value's name is what is misspelt. */
	ASSERT_STR_EQ(g->message,
	              "no value for the placeholder '{{phone}}'; was the value given as 'phones' "
	              "meant for it?");
	ASSERT_STR_EQ(g->file, "t.yaml");
	ASSERT_INT_EQ(g->line, 9);
	campaign_template_free(t);
	campaign_diags_free(d);
}

/*
 * A name the template manual defines, left without a value, is not a typo
 * of a name that has one: {{event.time}} is no '{{event.title}}'.
 */
static void
test_render__missing_known_value_gets_no_did_you_mean(void)
{
	static const char yaml[] =
		"template: t\n"
		"page: { size: A6 }\n"
		"elements:\n"
		"  - text: { text: \"{{event.title}}\", at: [10mm, 10mm], width: 80mm }\n"
		"  - text: { text: \"{{event.time}}\", at: [10mm, 30mm], width: 80mm }\n"
		"  - text: { text: \"{{event.tiem}}\", at: [10mm, 50mm], width: 80mm }\n";
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = template_of(yaml, d);
	const campaign_param given[] = {
		{ "event.title", "Rally" }, { "event.date", "2026-12-05" },
	};
	ASSERT_NULL(flyer_of(t, given, 2, "en", d, CAMPAIGN_EINVALID));
	ASSERT_INT_EQ(campaign_diags_count(d), 2);
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message, "no value for the placeholder '{{event.time}}'");
	ASSERT_INT_EQ(campaign_diags_get(d, 0)->line, 5);
	/* A name nothing defines still gets one. */
	ASSERT_STR_EQ(campaign_diags_get(d, 1)->message,
	              "unknown placeholder '{{event.tiem}}'; did you mean '{{event.time}}'?");
	campaign_template_free(t);
	campaign_diags_free(d);
}

static void
test_render__overset_text_is_an_error_not_a_cut(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = template_of(
		"page: { size: A6, safe: 5mm }\nelements:\n"
		"  - text: { text: \"{{event.title}}\", at: [8mm, 8mm], width: 60mm, height: 10mm, font: \"DejaVu Sans 20\" }\n",
		d);
	const campaign_param v[] = { { "event.title", "A rally for a living wage and safe work" } };
	ASSERT_NULL(flyer_of(t, v, 1, "en", d, CAMPAIGN_EINVALID));
	ASSERT_TRUE(strstr(campaign_diags_get(d, 0)->message, "the text does not fit its box: it needs ") != NULL);
	ASSERT_TRUE(strstr(campaign_diags_get(d, 0)->message, "or add 'shrink: true'") != NULL);
	ASSERT_INT_EQ(campaign_diags_get(d, 0)->line, 3);
	campaign_template_free(t);
	campaign_diags_free(d);
}

static void
test_render__text_limits_protect_the_shaper(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = template_of(
		"page: { size: A3 }\nelements:\n"
		"  - text: { text: \"{{event.title}}\", at: [8mm, 8mm], width: 280mm, font: \"DejaVu Sans 6\" }\n", d);
	char *longtext = malloc(2100);
	memset(longtext, 'a', 2001);
	longtext[2001] = '\0';
	campaign_param v[] = { { "event.title", longtext } };
	ASSERT_NULL(flyer_of(t, v, 1, "en", d, CAMPAIGN_EINVALID));
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message,
	              "the text is 2001 characters long once filled in; the limit is 2000");
	campaign_diags_clear(d);
	/* "ba" and 9 combining acute accents (U+0301): one more than any writing stacks. */
	char *p = longtext;
	*p++ = 'b';
	*p++ = 'a';
	for (int i = 0; i < 9; i++) {
		*p++ = '\xcc';
		*p++ = '\x81';
	}
	*p = '\0';
	ASSERT_NULL(flyer_of(t, v, 1, "en", d, CAMPAIGN_EINVALID));
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message,
	              "once filled in, the text has 9 combining marks on its character 2 (U+0061 LATIN "
	              "SMALL LETTER A); no writing stacks more than 8, and a taller stack prints over the "
	              "lines around it: remove them");
	campaign_diags_clear(d);
	/* Eight are still writing, and printed. */
	p[-2] = '\0';
	campaign_flyer *ok = flyer_of(t, v, 1, "en", d, CAMPAIGN_OK);
	ASSERT_NOT_NULL(ok);
	campaign_flyer_free(ok);
	free(longtext);
	campaign_template_free(t);
	campaign_diags_free(d);
}

static void
test_render__qr_checks(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	const campaign_param v[] = { { "url", "https://example.org/rally?utm_source=flyer&utm_medium=print&utm_campaign=x" } };
	/* Too small to scan: an error at the element. */
	campaign_template *t = template_of("page: { size: A6, safe: 5mm }\nelements:\n"
	                                   "  - qr: { data: \"{{url}}\", at: [10mm, 10mm], size: 10mm }\n", d);
	ASSERT_NULL(flyer_of(t, v, 1, "en", d, CAMPAIGN_EINVALID));
	ASSERT_INT_EQ(campaign_diags_get(d, 0)->line, 3);
	ASSERT_TRUE(strstr(campaign_diags_get(d, 0)->message, "below the 0.33 mm minimum") != NULL);
	campaign_template_free(t);
	campaign_diags_clear(d);
	/* Outside the safe area. */
	t = template_of("page: { size: A6, safe: 5mm }\nelements:\n"
	                "  - qr: { data: \"{{url}}\", at: [80mm, 10mm], size: 30mm }\n", d);
	ASSERT_NULL(flyer_of(t, v, 1, "en", d, CAMPAIGN_EINVALID));
	ASSERT_TRUE(strstr(campaign_diags_get(d, 0)->message, "outside the safe area") != NULL);
	campaign_template_free(t);
	campaign_diags_clear(d);
	/* Something drawn later over the quiet zone. */
	t = template_of("page: { size: A6, safe: 5mm }\nelements:\n"
	                "  - qr: { data: \"{{url}}\", at: [10mm, 10mm], size: 30mm }\n"
	                "  - text: { text: Hello, at: [38mm, 20mm] }\n", d);
	ASSERT_NULL(flyer_of(t, v, 1, "en", d, CAMPAIGN_EINVALID));
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message,
	              "this text is drawn over the QR code at line 3: keep its quiet zone clear");
	ASSERT_INT_EQ(campaign_diags_get(d, 0)->line, 4);
	campaign_template_free(t);
	campaign_diags_free(d);
}

static void
test_render__low_resolution_image_is_a_warning(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	/* 600 px over 80 mm is 190 dpi. */
	campaign_template *t = template_of("page: { size: A6, safe: 5mm }\nelements:\n"
	                                   "  - image: { src: logo.png, at: [10mm, 10mm], width: 80mm }\n", d);
	campaign_flyer *f = flyer_of(t, NULL, 0, "en", d, CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_diags_count(d), 1);
	ASSERT_INT_EQ(campaign_diags_get(d, 0)->severity, CAMPAIGN_SEVERITY_WARNING);
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message,
	              "the image prints at 190 dpi; print needs 300 (make it at most 50.8mm wide or use a larger image)");
	campaign_buf png = CAMPAIGN_BUF_INIT;
	campaign_render_options ro = CAMPAIGN_RENDER_OPTIONS_INIT;
	ro.format = CAMPAIGN_RENDER_PNG;
	ro.dpi = 100;
	ASSERT_INT_EQ(campaign_flyer_render(&png, f, &ro, d), CAMPAIGN_OK);
	campaign_buf_dispose(&png);
	campaign_flyer_free(f);
	campaign_template_free(t);
	campaign_diags_free(d);
}

/* Whether a JPEG's frame is baseline: an SOF0 marker before the first scan, no other SOF. */
static int
jpeg_is_baseline(const unsigned char *d, size_t len)
{
	size_t i = 2;
	int sof0 = 0;
	while (i + 4 <= len && d[i] == 0xFF && d[i + 1] != 0xDA) {
		unsigned m = d[i + 1];
		if (m >= 0xC1 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC)
			return 0;
		sof0 |= m == 0xC0;
		i += 2 + ((size_t)d[i + 2] << 8 | d[i + 3]);
	}
	return sof0;
}

/* A JPEG page has the PNG's pixels: its size, the band's red, white on white; and the same bytes twice. */
static void
test_render__jpeg_is_the_png_page_as_baseline_jfif(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = template_of(flyer_yaml, d);
	campaign_flyer *f = flyer_of(t, values, NVALUES, "ru", d, CAMPAIGN_OK);
	campaign_render_options ro = CAMPAIGN_RENDER_OPTIONS_INIT;
	ro.format = CAMPAIGN_RENDER_PNG;
	ro.dpi = 100;
	campaign_buf png = CAMPAIGN_BUF_INIT, jpeg = CAMPAIGN_BUF_INIT, again = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_flyer_render(&png, f, &ro, d), CAMPAIGN_OK);
	ro.format = CAMPAIGN_RENDER_JPEG;
	ASSERT_INT_EQ(campaign_flyer_render(&jpeg, f, &ro, d), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_flyer_render(&again, f, &ro, d), CAMPAIGN_OK);
	ASSERT_TRUE(jpeg.size == again.size && memcmp(jpeg.ptr, again.ptr, jpeg.size) == 0);
	const unsigned char *b = (const unsigned char *)jpeg.ptr;
	ASSERT_TRUE(jpeg.size > 4 && b[0] == 0xFF && b[1] == 0xD8 && b[jpeg.size - 2] == 0xFF &&
	            b[jpeg.size - 1] == 0xD9);
	ASSERT_TRUE(memcmp(b + 6, "JFIF", 5) == 0);
	ASSERT_TRUE(jpeg_is_baseline(b, jpeg.size));
	struct png_image_info pi = { 0 };
	ASSERT_INT_EQ(png_read_rgb(png.ptr, png.size, &pi), 0);
	struct tpl_image img = { 0 };
	char why[IMAGE_WHY_SIZE];
	ASSERT_INT_EQ(campaign__image_jpeg(&img, &campaign__image_limits_default, b, jpeg.size, why,
	                                   sizeof(why)), CAMPAIGN_OK);
	ASSERT_INT_EQ(img.width, (int)pi.width);
	ASSERT_INT_EQ(img.height, (int)pi.height);
	/* The red band's middle (#c62828) and the white below the text, within JPEG's error. */
	const int at[2][2] = { { (int)pi.width - 20, 5 }, { (int)pi.width - 20, (int)pi.height - 5 } };
	for (int k = 0; k < 2; k++) {
		const unsigned char *want = pi.rgb + ((size_t)at[k][1] * pi.width + (size_t)at[k][0]) * 3;
		uint32_t got = *(const uint32_t *)(const void *)(img.pixels + (size_t)at[k][1] * (size_t)img.stride +
		                                                 (size_t)at[k][0] * 4);
		const int rgb[3] = { (int)(got >> 16 & 0xFF), (int)(got >> 8 & 0xFF), (int)(got & 0xFF) };
		for (int c = 0; c < 3; c++)
			ASSERT_TRUE(abs(rgb[c] - want[c]) <= 6);
	}
	ASSERT_INT_EQ(pi.rgb[5 * pi.width * 3 + (pi.width - 20) * 3], 0xc6);
	campaign__image_free(&img);
	free(pi.rgb);
	campaign_buf_dispose(&png);
	campaign_buf_dispose(&jpeg);
	campaign_buf_dispose(&again);
	campaign_flyer_free(f);
	campaign_template_free(t);
	campaign_diags_free(d);
}

/* PDF dates from seconds since 1970, and a date that does not fit is left out whole, never cut. */
static void
test_render__pdf_dates_are_whole_or_empty(void)
{
	static const struct {
		long long seconds;
		const char *iso, *info;
	} cases[] = {
		{ 0, "1970-01-01T00:00:00Z", "D:19700101000000Z" },
		{ 1796083200, "2026-12-01T00:00:00Z", "D:20261201000000Z" },
		{ 951868799, "2000-02-29T23:59:59Z", "D:20000229235959Z" },
		/* special case: the last second of the last year PDF can write */
		{ 253402300799LL, "9999-12-31T23:59:59Z", "D:99991231235959Z" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char date[CAMPAIGN__PDF_DATE_SIZE];
		ASSERT_INT_EQ(campaign__pdf_date(cases[i].seconds, date, sizeof(date)), 0);
		ASSERT_STR_EQ(date, cases[i].iso);
		ASSERT_INT_EQ(campaign__pdf_info_date(cases[i].seconds, date, sizeof(date)), 0);
		ASSERT_STR_EQ(date, cases[i].info);
	}
	/* One byte short of the text and its NUL: refused and empty. */
	char small[21];
	ASSERT_INT_EQ(campaign__pdf_date(1796083200, small, sizeof(small)), 0);
	ASSERT_STR_EQ(small, "2026-12-01T00:00:00Z");
	ASSERT_INT_EQ(campaign__pdf_date(1796083200, small, sizeof(small) - 1), -1);
	ASSERT_STR_EQ(small, "");
	ASSERT_INT_EQ(campaign__pdf_info_date(1796083200, small, 17), -1);
	ASSERT_STR_EQ(small, "");
	ASSERT_INT_EQ(campaign__pdf_info_date(1796083200, small, 18), 0);
	ASSERT_STR_EQ(small, "D:20261201000000Z");
}

static void
test_render__pdf_has_boxes_and_is_reproducible(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = template_of(flyer_yaml, d);
	campaign_flyer *f = flyer_of(t, values, NVALUES, "ru", d, CAMPAIGN_OK);
	campaign_render_options ro = CAMPAIGN_RENDER_OPTIONS_INIT;
	ro.now = 1796083200; /* 2026-12-01 */
	campaign_buf a = CAMPAIGN_BUF_INIT, b = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_flyer_render(&a, f, &ro, d), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_flyer_render(&b, f, &ro, d), CAMPAIGN_OK);
	ASSERT_TRUE(a.size > 1000 && memcmp(a.ptr, "%PDF-", 5) == 0);
	ASSERT_TRUE(a.size == b.size && memcmp(a.ptr, b.ptr, a.size) == 0);
	/* A6 + 3 mm bleed + 8 mm for the marks: 127 x 170 mm = 360 x 481.89 pt. */
	ASSERT_NOT_NULL(memmem(a.ptr, a.size, "/MediaBox [ 0 0 360 481.889764 ]", 32));
	ASSERT_NOT_NULL(memmem(a.ptr, a.size, "/TrimBox [ 31.1811 31.1811 328.8189 450.7087 ]", 45));
	ASSERT_NOT_NULL(memmem(a.ptr, a.size, "/BleedBox [ 22.6772 22.6772 337.3228 459.2126 ]", 46));
	ASSERT_NOT_NULL(memmem(a.ptr, a.size, "/CreationDate (D:20261201000000Z)", 33));
	campaign_buf_dispose(&a);
	campaign_buf_dispose(&b);
	/* No date asked for: none in the file, rather than the clock. */
	ro.now = -1;
	ro.marks = 0;
	ASSERT_INT_EQ(campaign_flyer_render(&a, f, &ro, d), CAMPAIGN_OK);
	ASSERT_NULL(memmem(a.ptr, a.size, "/CreationDate", 13));
	ASSERT_NOT_NULL(memmem(a.ptr, a.size, "/MediaBox [ 0 0 314.645669 436.535433 ]", 39));
	campaign_buf_dispose(&a);
	/* For an office printer (a PDF, then a PNG): A6 alone, no bleed and no marks, every box the paper. */
	ro.office_margin_mm = 5;
	ASSERT_INT_EQ(campaign_flyer_render(&a, f, &ro, d), CAMPAIGN_OK);
	ASSERT_NOT_NULL(memmem(a.ptr, a.size, "/MediaBox [ 0 0 297.637795 419.527559 ]", 39));
	ASSERT_NOT_NULL(memmem(a.ptr, a.size, "/TrimBox [ 0 0 297.6378 419.5276 ]", 34));
	campaign_buf_dispose(&a);
	ro.format = CAMPAIGN_RENDER_PNG;
	ro.dpi = 72;
	ASSERT_INT_EQ(campaign_flyer_render(&a, f, &ro, d), CAMPAIGN_OK);
	ASSERT_TRUE(a.size > 24 && (unsigned char)a.ptr[19] == 42 && (unsigned char)a.ptr[23] == 164); /* 298 x 420 */
	campaign_buf_dispose(&a);
	/* 40 mm on each side would leave an A6 card a quarter of its width: refused, not shrunk so far. */
	ro.office_margin_mm = 40;
	ASSERT_INT_EQ(campaign_flyer_render(&a, f, &ro, d), CAMPAIGN_EINVALID);
	ro.office_margin_mm = 51;
	ASSERT_INT_EQ(campaign_flyer_render(&a, f, &ro, d), CAMPAIGN_EINVALID);
	ASSERT_NULL(a.ptr);
	campaign_flyer_free(f);
	campaign_template_free(t);
	campaign_diags_free(d);
}

/* IHDR's colour type: 0 gray, 2 RGB (signature 8, length 4, type 4, size 8, depth 1). */
static int
png_color_type(const campaign_buf *png)
{
	return png->size > 26 ? (unsigned char)png->ptr[25] : -1;
}

static void
test_render__png_is_gray_when_the_whole_page_is(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	static const char *const black_and_white =
		"template: bw\n"
		"page: { size: A6 }\n"
		"elements:\n"
		"  - text: { text: \"{{event.title}}\", at: [8mm, 8mm], width: 89mm, font: \"DejaVu Sans Bold 20\" }\n"
		"  - rect: { at: [8mm, 40mm], size: [89mm, 10mm], fill: \"#808080\" }\n"
		"  - qr: { data: \"{{url}}\", at: [8mm, 80mm], size: 40mm }\n";
	campaign_template *bw = template_of(black_and_white, d);
	campaign_template *colour = template_of(flyer_yaml, d);
	campaign_flyer *f = flyer_of(bw, values, NVALUES, "en", d, CAMPAIGN_OK);
	campaign_flyer *g = flyer_of(colour, values, NVALUES, "en", d, CAMPAIGN_OK);
	campaign_render_options ro = CAMPAIGN_RENDER_OPTIONS_INIT;
	ro.format = CAMPAIGN_RENDER_PNG;
	ro.dpi = 150;
	for (int fast = 0; fast <= 1; fast++) {
		ro.png_compression = fast ? CAMPAIGN_PNG_FAST : CAMPAIGN_PNG_SMALL;
		campaign_buf a = CAMPAIGN_BUF_INIT, b = CAMPAIGN_BUF_INIT;
		ASSERT_INT_EQ(campaign_flyer_render(&a, f, &ro, d), CAMPAIGN_OK);
		ASSERT_INT_EQ(campaign_flyer_render(&b, g, &ro, d), CAMPAIGN_OK);
		ASSERT_INT_EQ(png_color_type(&a), 0);
		ASSERT_INT_EQ(png_color_type(&b), 2);
		ASSERT_INT_EQ((unsigned char)a.ptr[24], 8); /* bit depth */
		campaign_buf_dispose(&a);
		campaign_buf_dispose(&b);
	}
	ASSERT_INT_EQ(campaign_diags_count(d), 0);
	campaign_flyer_free(f);
	campaign_flyer_free(g);
	campaign_template_free(bw);
	campaign_template_free(colour);
	campaign_diags_free(d);
}

/* The page drawn in one piece onto one surface, as a renderer without bands would. */
static cairo_surface_t *
draw_whole_page(const campaign_flyer *f, int dpi, int bleed, int width, int height)
{
	cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
	cairo_t *cr = cairo_create(s);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	cairo_scale(cr, dpi / 72.0, dpi / 72.0);
	double origin = bleed ? f->t->bleed : 0;
	cairo_translate(cr, origin, origin);
	ASSERT_INT_EQ(campaign__flyer_draw(cr, f, bleed, 1, NULL), CAMPAIGN_OK);
	cairo_destroy(cr);
	cairo_surface_flush(s);
	return s;
}

/*
 * What libpng reads back from a flyer's PNG is what cairo draws, pixel for
 * pixel: a colour page (RGB) and a gray one (one byte a pixel), drawn in
 * bands, both compressions, trim and bleed.
 */
static void
test_render__png_holds_the_pixels_cairo_drew(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	static const char *const black_and_white =
		"template: bw\n"
		"page: { size: A6, bleed: 3mm }\n"
		"elements:\n"
		"  - text: { text: \"{{event.title}}\", at: [8mm, 8mm], width: 89mm, font: \"DejaVu Sans Bold 20\" }\n"
		"  - rect: { at: [0, 40mm], size: [105mm, 10mm], fill: \"#808080\", bleed: true }\n"
		"  - qr: { data: \"{{url}}\", at: [8mm, 80mm], size: 40mm }\n";
	const char *const yamls[] = { flyer_yaml, black_and_white };
	for (size_t k = 0; k < 2; k++) {
		campaign_template *t = template_of(yamls[k], d);
		campaign_flyer *f = flyer_of(t, values, NVALUES, "en", d, CAMPAIGN_OK);
		for (int bleed = 0; bleed <= 1; bleed++)
			for (int fast = 0; fast <= 1; fast++) {
				campaign_render_options ro = CAMPAIGN_RENDER_OPTIONS_INIT;
				ro.format = CAMPAIGN_RENDER_PNG;
				ro.dpi = 150; /* 620 x 874 px: four bands */
				ro.bleed = bleed;
				ro.png_compression = fast ? CAMPAIGN_PNG_FAST : CAMPAIGN_PNG_SMALL;
				campaign_buf png = CAMPAIGN_BUF_INIT;
				ASSERT_INT_EQ(campaign_flyer_render(&png, f, &ro, d), CAMPAIGN_OK);
				struct png_image_info img;
				ASSERT_INT_EQ(png_read_rgb(png.ptr, png.size, &img), 0);
				campaign_buf_dispose(&png);
				ASSERT_INT_EQ(img.color_type, k ? PNG_COLOR_TYPE_GRAY : PNG_COLOR_TYPE_RGB);
				ASSERT_INT_EQ(img.height, bleed ? 909 : 874);
				cairo_surface_t *s = draw_whole_page(f, 150, bleed, (int)img.width,
				                                     (int)img.height);
				const unsigned char *data = cairo_image_surface_get_data(s);
				int stride = cairo_image_surface_get_stride(s);
				size_t wrong = 0;
				for (unsigned int y = 0; img.rgb && y < img.height; y++)
					for (unsigned int x = 0; x < img.width; x++) {
						uint32_t c;
						memcpy(&c, data + (size_t)y * (size_t)stride + (size_t)x * 4, 4);
						const unsigned char *p = img.rgb + ((size_t)y * img.width + x) * 3;
						wrong += p[0] != (unsigned char)(c >> 16) ||
						         p[1] != (unsigned char)(c >> 8) || p[2] != (unsigned char)c;
					}
				ASSERT_INT_EQ(wrong, 0);
				cairo_surface_destroy(s);
				free(img.rgb);
			}
		campaign_flyer_free(f);
		campaign_template_free(t);
	}
	ASSERT_INT_EQ(campaign_diags_count(d), 0);
	campaign_diags_free(d);
}

static void
test_render__png_records_its_dpi(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = template_of(flyer_yaml, d);
	campaign_flyer *f = flyer_of(t, values, NVALUES, "en", d, CAMPAIGN_OK);
	campaign_render_options ro = CAMPAIGN_RENDER_OPTIONS_INIT;
	ro.format = CAMPAIGN_RENDER_PNG;
	campaign_buf a = CAMPAIGN_BUF_INIT, b = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_flyer_render(&a, f, &ro, d), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_flyer_render(&b, f, &ro, d), CAMPAIGN_OK);
	ASSERT_TRUE(a.size == b.size && memcmp(a.ptr, b.ptr, a.size) == 0);
	/* 105 x 148 mm at 300 dpi. */
	ASSERT_INT_EQ(be32(a.ptr + 16), 1240);
	ASSERT_INT_EQ(be32(a.ptr + 20), 1748);
	const char *phys = memmem(a.ptr, a.size, "pHYs", 4);
	ASSERT_NOT_NULL(phys);
	ASSERT_INT_EQ(be32(phys + 4), 11811); /* pixels per metre */
	ASSERT_INT_EQ(phys[12], 1);
	campaign_buf_dispose(&a);
	campaign_buf_dispose(&b);
	/* With the bleed: 111 x 154 mm at 150 dpi. */
	ro.dpi = 150;
	ro.bleed = 1;
	ASSERT_INT_EQ(campaign_flyer_render(&a, f, &ro, d), CAMPAIGN_OK);
	ASSERT_INT_EQ(be32(a.ptr + 16), 656);
	ASSERT_INT_EQ(be32(a.ptr + 20), 909);
	campaign_buf_dispose(&a);
	ro.dpi = 5000;
	ASSERT_INT_EQ(campaign_flyer_render(&a, f, &ro, d), CAMPAIGN_EINVALID);
	ASSERT_NULL(a.ptr);
	campaign_flyer_free(f);
	campaign_template_free(t);
	campaign_diags_free(d);
}

static void
test_render__draws_into_a_callers_cairo_context(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = template_of(flyer_yaml, d);
	campaign_flyer *f = flyer_of(t, values, NVALUES, "en", d, CAMPAIGN_OK);
	cairo_surface_t *s = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, NULL);
	cairo_t *cr = cairo_create(s);
	ASSERT_INT_EQ(campaign_flyer_draw(cr, f, 1, d), CAMPAIGN_OK);
	double x, y, w, h;
	cairo_recording_surface_ink_extents(s, &x, &y, &w, &h);
	/* The red band runs 3 mm out into the bleed on the left. */
	/* Ink extents come in whole units: 3 mm is 8.5 pt, so -9. */
	ASSERT_TRUE(x == -9 && y == -9);
	cairo_destroy(cr);
	cairo_surface_destroy(s);
	/* A caller's context already in error: EIO, with cairo's reason; NULL: EINVALID. */
	cairo_surface_t *broken = cairo_image_surface_create(CAIRO_FORMAT_RGB24, -1, -1);
	cr = cairo_create(broken);
	campaign_diags_clear(d);
	ASSERT_INT_EQ(campaign_flyer_draw(cr, f, 1, d), CAMPAIGN_EIO);
	ASSERT_INT_EQ(campaign_diags_count(d), 1);
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message,
	              "cannot render the flyer: cairo: invalid value (typically too big) for the "
	              "size of the input (surface, pattern, etc.)");
	ASSERT_INT_EQ(campaign_flyer_draw(NULL, f, 1, d), CAMPAIGN_EINVALID);
	cairo_destroy(cr);
	cairo_surface_destroy(broken);
	campaign_flyer_free(f);
	campaign_template_free(t);
	campaign_diags_free(d);
}

static void
test_render__proof_sheet_pages_by_eight(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = template_of(flyer_yaml, d);
	campaign_proof_options po = CAMPAIGN_PROOF_OPTIONS_INIT;
	po.title = "Митинг — proof";
	campaign_proof *p = NULL;
	ASSERT_INT_EQ(campaign_proof_new(&p, &po, d), CAMPAIGN_OK);
	for (int i = 0; i < 10; i++) {
		campaign_flyer *f = flyer_of(t, values, NVALUES, "ru", d, CAMPAIGN_OK);
		char id[32];
		snprintf(id, sizeof(id), "flyer-%d", i);
		ASSERT_INT_EQ(campaign_proof_add(p, f, id, d), CAMPAIGN_OK);
		campaign_flyer_free(f);
	}
	campaign_buf pdf = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_proof_finish(&pdf, p, d), CAMPAIGN_OK);
	ASSERT_TRUE(memcmp(pdf.ptr, "%PDF-", 5) == 0);
	ASSERT_NOT_NULL(memmem(pdf.ptr, pdf.size, "/Count 2", 8));
	/* No date: cairo's would not be a valid PDF date, and there is no pass to correct it. */
	ASSERT_NULL(memmem(pdf.ptr, pdf.size, "Date", 4));
	ASSERT_INT_EQ(campaign_proof_finish(&pdf, p, d), CAMPAIGN_EINVALID);
	campaign_buf_dispose(&pdf);
	campaign_proof_free(p);
	/* An empty proof is one sheet that says so. */
	ASSERT_INT_EQ(campaign_proof_new(&p, NULL, d), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_proof_finish(&pdf, p, d), CAMPAIGN_OK);
	ASSERT_NOT_NULL(memmem(pdf.ptr, pdf.size, "/Count 1", 8));
	campaign_buf_dispose(&pdf);
	campaign_proof_free(p);
	campaign_template_free(t);
	campaign_diags_free(d);
}

struct worker {
	const campaign_template *t;
	campaign_buf pdf, png;
	int rc;
};

static void *
render_in_thread(void *arg)
{
	struct worker *w = arg;
	campaign_flyer_options fo = CAMPAIGN_FLYER_OPTIONS_INIT;
	fo.language = "ar";
	campaign_flyer *f = NULL;
	w->rc = campaign_flyer_new(&f, w->t, values, NVALUES, &fo, NULL);
	campaign_render_options ro = CAMPAIGN_RENDER_OPTIONS_INIT;
	ro.now = 1796083200;
	if (w->rc == CAMPAIGN_OK)
		w->rc = campaign_flyer_render(&w->pdf, f, &ro, NULL);
	ro.format = CAMPAIGN_RENDER_PNG;
	ro.dpi = 100;
	if (w->rc == CAMPAIGN_OK)
		w->rc = campaign_flyer_render(&w->png, f, &ro, NULL);
	campaign_flyer_free(f);
	return NULL;
}

static void
test_render__flyers_of_one_template_render_in_parallel(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = template_of(flyer_yaml, d);
	struct worker w[4];
	pthread_t th[4];
	for (int i = 0; i < 4; i++) {
		memset(&w[i], 0, sizeof(w[i]));
		w[i].t = t;
		ASSERT_INT_EQ(pthread_create(&th[i], NULL, render_in_thread, &w[i]), 0);
	}
	for (int i = 0; i < 4; i++)
		pthread_join(th[i], NULL);
	for (int i = 0; i < 4; i++) {
		ASSERT_INT_EQ(w[i].rc, CAMPAIGN_OK);
		/* The same bytes whichever thread made them. */
		ASSERT_TRUE(w[i].pdf.size == w[0].pdf.size && memcmp(w[i].pdf.ptr, w[0].pdf.ptr, w[0].pdf.size) == 0);
		ASSERT_TRUE(w[i].png.size == w[0].png.size && memcmp(w[i].png.ptr, w[0].png.ptr, w[0].png.size) == 0);
	}
	for (int i = 0; i < 4; i++) {
		campaign_buf_dispose(&w[i].pdf);
		campaign_buf_dispose(&w[i].png);
	}
	campaign_template_free(t);
	campaign_diags_free(d);
}

int
main(void)
{
	RUN(test_render__fills_placeholders_and_dates);
	RUN(test_render__rtl_keeps_phone_numbers_whole);
	RUN(test_render__mirror_rtl_lays_an_arabic_edition_out_right_to_left);
	RUN(test_render__latin_text_in_an_arabic_edition_lines_up_with_it);
	RUN(test_render__missing_value_is_located_with_a_suggestion);
	RUN(test_render__missing_known_value_gets_no_did_you_mean);
	RUN(test_render__overset_text_is_an_error_not_a_cut);
	RUN(test_render__text_limits_protect_the_shaper);
	RUN(test_render__qr_checks);
	RUN(test_render__low_resolution_image_is_a_warning);
	RUN(test_render__jpeg_is_the_png_page_as_baseline_jfif);
	RUN(test_render__pdf_dates_are_whole_or_empty);
	RUN(test_render__pdf_has_boxes_and_is_reproducible);
	RUN(test_render__png_records_its_dpi);
	RUN(test_render__png_holds_the_pixels_cairo_drew);
	RUN(test_render__png_is_gray_when_the_whole_page_is);
	RUN(test_render__draws_into_a_callers_cairo_context);
	RUN(test_render__proof_sheet_pages_by_eight);
	RUN(test_render__flyers_of_one_template_render_in_parallel);
	int rc = harness_done();
	/* pango, cairo and fontconfig caches, so the leak checker sees a clean exit. */
	campaign_shutdown();
	return rc;
}
