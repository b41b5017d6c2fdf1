/* Templates: units, colours, page sizes, located errors, placeholders, and dates. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/campaign.h"
#include "harness.h"
#include "text/i18n.h"
#include "template/image_cache.h"
#include "template/image_decode.h"
#include "template/template_units.h"

static campaign_template *
load(const char *yaml, campaign_diags *d, int want)
{
	campaign_template *t = NULL;
	int rc = campaign_template_load_string(&t, yaml, strlen(yaml), "t.yaml", "data/templates/good", d);
	if (rc != want)
		for (size_t i = 0; i < campaign_diags_count(d); i++)
			printf("# %s\n", campaign_diags_get(d, i)->message);
	ASSERT_INT_EQ(rc, want);
	return t;
}

/* The only error of a template that must fail, at line:column, with this message. */
static void
assert_error(const char *yaml, unsigned long line, unsigned long col, const char *message)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = load(yaml, d, CAMPAIGN_EINVALID);
	ASSERT_NULL(t);
	ASSERT_INT_EQ(campaign_diags_error_count(d), 1);
	const campaign_diag *g = campaign_diags_get(d, 0);
	if (g->line != line || g->column != col || strcmp(g->message, message) != 0)
		printf("# got %lu:%lu: %s\n", g->line, g->column, g->message);
	ASSERT_STR_EQ(g->message, message);
	ASSERT_INT_EQ(g->line, line);
	ASSERT_INT_EQ(g->column, col);
	campaign_diags_free(d);
}

static void
test_template__lengths_need_a_unit(void)
{
	static const struct {
		const char *text;
		double pt; /* < 0: invalid */
	} cases[] = {
		{ "10mm", 10 * 72 / 25.4 }, { "1cm", 10 * 72 / 25.4 }, { "1in", 72 },
		{ "12.5pt", 12.5 }, { "0", 0 }, { "-3mm", -3 * 72 / 25.4 }, { ".5in", 36 },
		{ "10 mm", 10 * 72 / 25.4 },
		/* exponents read as numbers, so "1e9mm" is out of range, not an unknown unit */
		{ "1e3mm", 1000 * 72 / 25.4 }, { "2.5E1pt", 25 },
		/* special cases */
		{ "10", -1 }, { "10em", -1 }, { "1080px", 810 }, { "mm", -1 }, { "", -1 }, { "1.2.3mm", -1 },
		{ "0x10mm", -1 }, { "10MM", -1 }, { "infmm", -1 }, { "nanmm", -1 },
		/* too large for a double: a length too large (-2), for the range check to name */
		{ "1e400mm", -2 }, { "-1e400mm", -2 },
		{ "1,5mm", -1 }, { " 5mm", -1 }, { "2em", -1 },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		double pt = -99;
		const char *why = NULL;
		int rc = campaign__tpl_length(cases[i].text, &pt, &why);
		if (cases[i].pt == -1) {
			ASSERT_INT_EQ(rc, -1);
			ASSERT_NOT_NULL(why);
		} else if (cases[i].pt == -2) {
			ASSERT_INT_EQ(rc, -2);
			ASSERT_TRUE(isinf(pt));
		} else {
			ASSERT_INT_EQ(rc, 0);
			ASSERT_TRUE(pt > cases[i].pt - 1e-6 && pt < cases[i].pt + 1e-6);
		}
	}
}

static void
test_template__colours(void)
{
	struct tpl_color c;
	ASSERT_INT_EQ(campaign__tpl_color("#fff", &c), 0);
	ASSERT_TRUE(c.r == 1 && c.g == 1 && c.b == 1 && c.a == 1);
	ASSERT_INT_EQ(campaign__tpl_color("#b3261e", &c), 0);
	ASSERT_TRUE(c.r > 0.70 && c.r < 0.71 && c.a == 1);
	ASSERT_INT_EQ(campaign__tpl_color("#00000080", &c), 0);
	ASSERT_TRUE(c.a > 0.50 && c.a < 0.51);
	ASSERT_INT_EQ(campaign__tpl_color("fff", &c), -1);
	ASSERT_INT_EQ(campaign__tpl_color("#ffff", &c), -1);
	ASSERT_INT_EQ(campaign__tpl_color("#ggg", &c), -1);
	ASSERT_INT_EQ(campaign__tpl_color("red", &c), -1);
}

static void
test_template__page_sizes_and_orientation(void)
{
	double w, h;
	ASSERT_INT_EQ(campaign_page_size(&w, &h, "a5"), CAMPAIGN_OK);
	ASSERT_TRUE(w == 148 && h == 210);
	ASSERT_INT_EQ(campaign_page_size(&w, &h, "B4"), CAMPAIGN_OK);
	ASSERT_TRUE(w == 250 && h == 353);
	ASSERT_INT_EQ(campaign_page_size(&w, &h, "Tabloid"), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_page_size(&w, &h, "A8"), CAMPAIGN_EINVALID);
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = load("page: { size: A4, orientation: landscape, bleed: 3mm, safe: 5mm }\n"
	                            "elements: []\n", d, CAMPAIGN_OK);
	campaign_template_info info = CAMPAIGN_TEMPLATE_INFO_INIT;
	ASSERT_INT_EQ(campaign_template_get_info(&info, t), CAMPAIGN_OK);
	ASSERT_STR_EQ(info.name, "t");
	ASSERT_STR_EQ(info.size_name, "A4");
	ASSERT_TRUE(info.width_mm > 296.99 && info.width_mm < 297.01);
	ASSERT_TRUE(info.height_mm > 209.99 && info.height_mm < 210.01);
	ASSERT_TRUE(info.bleed_mm > 2.99 && info.bleed_mm < 3.01);
	ASSERT_INT_EQ(info.marks, 1);
	campaign_template_free(t);
	t = load("template: card\npage: { size: [85mm, 55mm], marks: false }\nelements: []\n", d, CAMPAIGN_OK);
	campaign_template_get_info(&info, t);
	ASSERT_STR_EQ(info.name, "card");
	ASSERT_STR_EQ(info.size_name, "custom");
	/* A custom size without an orientation is the page as written. */
	ASSERT_INT_EQ(info.landscape, 1);
	ASSERT_TRUE(info.width_mm > 84.99 && info.width_mm < 85.01);
	ASSERT_INT_EQ(info.marks, 0);
	campaign_template_free(t);
	/* A portrait orientation, given, turns a wide custom size. */
	t = load("page: { size: [85mm, 55mm], orientation: portrait }\nelements: []\n", d, CAMPAIGN_OK);
	campaign_template_get_info(&info, t);
	ASSERT_INT_EQ(info.landscape, 0);
	ASSERT_TRUE(info.width_mm > 54.99 && info.width_mm < 55.01);
	campaign_template_free(t);
	campaign_diags_free(d);
}

static void
test_template__located_errors(void)
{
	static const char *const head = "page: { size: A6, bleed: 3mm, safe: 5mm }\nelements:\n";
	static const struct {
		const char *body;
		unsigned long line, col;
		const char *message;
	} cases[] = {
		{ "  - texte: { text: x, at: [1cm, 1cm] }\n", 3, 5, "unknown element 'texte'; did you mean 'text'?" },
		{ "  - text: { text: x, at: [1cm, 1cm], colour: \"#000\" }\n", 3, 38,
		  "unknown key 'colour'; did you mean 'color'?" },
		{ "  - text: { text: x, at: [10, 1cm] }\n", 3, 27,
		  "'at' needs a unit (mm, cm, in, pt or px): a bare number is ambiguous, not '10'" },
		{ "  - text: { text: x, at: [1cm, 1cm], font: \"Sans 1001\" }\n", 3, 44,
		  "font size 1001 pt is out of range: use 1 to 1000 pt" },
		{ "  - text: { text: x, at: [1cm, 1cm], font: \"Sans 0.5\" }\n", 3, 44,
		  "font size 0.5 pt is out of range: use 1 to 1000 pt" },
		{ "  - qr: { data: \"{{url}}\", at: [1cm, 1cm], size: -3mm }\n", 3, 50,
		  "'size' must be greater than zero, not '-3mm'" },
		{ "  - text: { text: \"{{titel}}\", at: [1cm, 1cm] }\n", 3, 19,
		  "unknown placeholder '{{titel}}'; did you mean '{{event.title}}'?" },
		{ "  - text: { text: \"{{xyzzy}}\", at: [1cm, 1cm] }\n", 3, 19,
		  "unknown placeholder '{{xyzzy}}'; use campaign.*, event.*, placement.*, row.*, var.*, url, "
		  "phone, phone_e164, tel, hashtag, short_url or short_code" },
		{ "  - text: { text: \"{{phnoe}}\", at: [1cm, 1cm] }\n", 3, 19,
		  "unknown placeholder '{{phnoe}}'; did you mean '{{phone}}'?" },
		{ "  - text: { text: x, at: [1cm, 1cm], align: middle }\n", 3, 45,
		  "'align' must be start, center or end, not 'middle'" },
		{ "  - rect: { at: [0, 0], size: [1cm, 1cm] }\n", 3, 11, "a rect needs 'fill' or 'stroke' to be seen" },
		{ "  - image: { src: logo.png, at: [1cm, 1cm] }\n", 3, 12, "an image needs a 'width' or a 'height'" },
		{ "  - line: { from: [0, 0], to: [1cm, 1cm], width: 0.1pt }\n", 3, 50,
		  "'width' must be from 0.07mm to 100mm, not '0.1pt'" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char yaml[512];
		snprintf(yaml, sizeof(yaml), "%s%s", head, cases[i].body);
		assert_error(yaml, cases[i].line, cases[i].col, cases[i].message);
	}
	assert_error("page: { size: [2001mm, 100mm] }\nelements: []\n", 1, 16,
	             "'size' must be from 10mm to 2000mm, not '2001mm'");
	assert_error("page: { size: A9 }\nelements: []\n", 1, 15, "unknown page size 'A9'; use A0-A7, B0-B7, Letter, Legal, Tabloid or [width, height]");
	assert_error("page: { size: A4, bleed: 30mm }\nelements: []\n", 1, 26,
	             "'bleed' must be from 0mm to 20mm, not '30mm'");
}

static void
test_template__reports_every_problem(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	const char *yaml = "page: { size: A6 }\nelements:\n"
	                   "  - text: { text: x, at: [1, 1cm] }\n"
	                   "  - qr: { data: y, at: [1cm, 1cm], size: 3 }\n"
	                   "  - circle: { at: [0, 0] }\n";
	ASSERT_NULL(load(yaml, d, CAMPAIGN_EINVALID));
	ASSERT_INT_EQ(campaign_diags_error_count(d), 3);
	ASSERT_INT_EQ(campaign_diags_get(d, 0)->line, 3);
	ASSERT_INT_EQ(campaign_diags_get(d, 1)->line, 4);
	ASSERT_INT_EQ(campaign_diags_get(d, 2)->line, 5);
	campaign_diags_free(d);
}

static void
test_template__images_are_checked_before_decoding(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = NULL;
	const char *huge = "page: { size: A6 }\nelements:\n  - image: { src: huge.png, at: [1cm, 1cm], width: 3cm }\n";
	ASSERT_INT_EQ(campaign_template_load_string(&t, huge, strlen(huge), "t.yaml", "data/templates/bad", d),
	              CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message,
	              "the image 'huge.png' is 20000 x 20000 pixels; the limit 'image-side' is 10000 "
	              "pixels a side");
	campaign_diags_clear(d);
	const char *missing = "page: { size: A6 }\nelements:\n  - image: { src: gone.png, at: [1cm, 1cm], width: 3cm }\n";
	ASSERT_INT_EQ(campaign_template_load_string(&t, missing, strlen(missing), "t.yaml", "data/templates/bad", d),
	              CAMPAIGN_EIO);
	ASSERT_INT_EQ(campaign_diags_get(d, 0)->status, CAMPAIGN_EIO);
	ASSERT_INT_EQ(campaign_diags_get(d, 0)->line, 3);
	campaign_diags_clear(d);
	/* A 600 x 200 logo keeps its aspect: 30 mm wide is 10 mm high. */
	const char *good = "page: { size: A6 }\nelements:\n  - image: { src: logo.png, at: [1cm, 1cm], height: 10mm }\n";
	t = load(good, d, CAMPAIGN_OK);
	ASSERT_NOT_NULL(t);
	campaign_template_free(t);
	campaign_diags_free(d);
}

/* contract-example.yaml's logo.png is 600 x 200 pixels, 700 bytes, at line 18. */
#define LIMITS_TEMPLATE "data/templates/good/contract-example.yaml"

/* Opening LIMITS_TEMPLATE with o is refused with the message expected. */
static void
refused_with(const campaign_template_load_options *o, const char *expected)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = NULL;
	ASSERT_INT_EQ(campaign_template_open_ext(&t, LIMITS_TEMPLATE, NULL, o, d), CAMPAIGN_EINVALID);
	ASSERT_NULL(t);
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message, expected);
	campaign_diags_free(d);
}

/* The caller's limits: each named when crossed, with the option that raises it; bad ones refused. */
static void
test_template__image_limits_are_the_callers(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = NULL;
	campaign_template_load_options o;
	ASSERT_INT_EQ(campaign_template_load_options_init(&o, CAMPAIGN_TEMPLATE_LOAD_OPTIONS_VERSION),
	              CAMPAIGN_OK);
	ASSERT_INT_EQ(o.max_image_side, CAMPAIGN_TEMPLATE_IMAGE_MAX_SIDE);
	ASSERT_INT_EQ(campaign_template_open_ext(&t, LIMITS_TEMPLATE, NULL, &o, d), CAMPAIGN_OK);
	campaign_template_free(t);
	o.max_image_side = 599;
	refused_with(&o, "the image 'logo.png' is 600 x 200 pixels; the limit 'image-side' is 599 "
	                 "pixels a side (raise it with --limit image-side=N)");
	ASSERT_INT_EQ(campaign_template_open_ext(&t, LIMITS_TEMPLATE, NULL, &o, d), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_diags_get(d, 0)->line, 18);
	o.max_image_side = 600;
	o.max_image_pixels = 119999;
	refused_with(&o, "the image 'logo.png' is 600 x 200 pixels, 120000 in all; the limit "
	                 "'image-pixels' is 119999 (raise it with --limit image-pixels=N)");
	o.max_image_pixels = 120000;
	o.max_image_bytes = 699;
	refused_with(&o, "the image 'logo.png' is 700 bytes; the limit 'image-bytes' is 699 bytes "
	                 "(raise it with --limit image-bytes=N)");
	o.max_image_bytes = 700;
	ASSERT_INT_EQ(campaign_template_open_ext(&t, LIMITS_TEMPLATE, NULL, &o, d), CAMPAIGN_OK);
	campaign_template_free(t);
	/* 0 and past the ceiling are the caller's mistakes, said before the template is read. */
	o.max_image_side = CAMPAIGN_TEMPLATE_IMAGE_SIDE_CEILING + 1;
	refused_with(&o, "campaign_template_load_options: max_image_side is 32768; it must be from 1 "
	                 "to 32767");
	o.max_image_side = 600;
	o.max_image_pixels = 0;
	refused_with(&o, "campaign_template_load_options: max_image_pixels is 0; it must be from 1 to "
	                 "500000000");
	ASSERT_INT_EQ(campaign_template_load_options_init(&o, 99), CAMPAIGN_EINVALID);
	campaign_diags_free(d);
}

static void
test_template__check_names_against_what_the_caller_provides(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = load("page: { size: A6 }\nelements:\n"
	                            "  - text: { text: \"{{event.title}} {{event.weekday}} {{var.cta}}\", at: [1cm, 1cm] }\n"
	                            "  - text: { text: \"{{row.station}} {{row.line}}\", at: [1cm, 3cm] }\n"
	                            "  - qr: { data: \"{{url}}\", at: [1cm, 5cm], size: 4cm }\n",
	                            d, CAMPAIGN_OK);
	const char *const all[] = { "event.title", "event.date", "row.*", "url", NULL };
	ASSERT_INT_EQ(campaign_template_check_names(t, all, d), CAMPAIGN_OK);
	const char *const some[] = { "event.title", "event.date", "row.station", "ulr", NULL };
	ASSERT_INT_EQ(campaign_template_check_names(t, some, d), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_diags_error_count(d), 2);
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message,
	              "unknown placeholder '{{row.line}}': nothing provides it here");
	ASSERT_INT_EQ(campaign_diags_get(d, 0)->line, 4);
	ASSERT_STR_EQ(campaign_diags_get(d, 1)->message, "unknown placeholder '{{url}}'; did you mean '{{ulr}}'?");
	campaign_diags_clear(d);
	/* Without event.date, the names derived from it are unknown too. */
	const char *const no_date[] = { "event.title", "row.*", "url", NULL };
	ASSERT_INT_EQ(campaign_template_check_names(t, no_date, d), CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message,
	              "unknown placeholder '{{event.weekday}}': nothing provides it here");
	campaign_template_free(t);
	campaign_diags_free(d);
}

static void
test_template__dates_in_the_campaign_language(void)
{
	static const struct {
		const char *lang, *date, *weekday;
	} cases[] = {
		{ "ru", "5 декабря 2026", "суббота" },
		{ "uk", "5 грудня 2026", "субота" },
		{ "en", "5 December 2026", "Saturday" },
		{ "nl", "5 december 2026", "zaterdag" },
		{ "de", "5. Dezember 2026", "Samstag" },
		{ "fr", "5 décembre 2026", "samedi" },
		{ "ar", "5 ديسمبر 2026", "السبت" },
		{ "es", "5 de diciembre de 2026", "sábado" },
		/* special cases */
		{ "ru-RU", "5 декабря 2026", "суббота" },
		{ "xx", "5 December 2026", "Saturday" },
		{ NULL, "5 December 2026", "Saturday" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		campaign_buf b = CAMPAIGN_BUF_INIT;
		ASSERT_INT_EQ(campaign_format_date(&b, "2026-12-05", cases[i].lang, 0), CAMPAIGN_OK);
		ASSERT_STR_EQ(b.ptr, cases[i].date);
		campaign_buf_dispose(&b);
		ASSERT_INT_EQ(campaign_format_date(&b, "2026-12-05", cases[i].lang, 1), CAMPAIGN_OK);
		ASSERT_STR_EQ(b.ptr, cases[i].weekday);
		campaign_buf_dispose(&b);
	}
	campaign_buf b = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_format_date(&b, "2026-12-01", "fr", 0), CAMPAIGN_OK);
	ASSERT_STR_EQ(b.ptr, "1er décembre 2026");
	campaign_buf_dispose(&b);
	ASSERT_INT_EQ(campaign_format_date(&b, "2028-02-29", "en", 1), CAMPAIGN_OK);
	ASSERT_STR_EQ(b.ptr, "Tuesday");
	campaign_buf_dispose(&b);
	ASSERT_INT_EQ(campaign_format_date(&b, "2026-02-29", "en", 0), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_format_date(&b, "5.12.2026", "en", 0), CAMPAIGN_EINVALID);
	ASSERT_NULL(b.ptr);
}

static void
test_template__builtin_templates_load(void)
{
	const char *const dirs[] = { "../templates", NULL };
	campaign_buf list = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_template_list(&list, dirs), CAMPAIGN_OK);
	/* Sorted, one a line, and every family's names among them. */
	ASSERT_TRUE(strncmp(list.ptr, "calm-flyer-a5\ncalm-flyer-a6\n", 28) == 0);
	ASSERT_NOT_NULL(strstr(list.ptr, "\nflyer-a5\n"));
	ASSERT_NOT_NULL(strstr(list.ptr, "\nminimal-tearoff-a4\n"));
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = NULL;
	/* Every one of them loads. */
	size_t count = 0;
	for (char *name = list.ptr, *end; (end = strchr(name, '\n')) != NULL; name = end + 1, count++) {
		*end = '\0';
		ASSERT_INT_EQ(campaign_template_open(&t, name, dirs, d), CAMPAIGN_OK);
		campaign_template_free(t);
	}
	ASSERT_TRUE(count >= 16);
	campaign_buf_dispose(&list);
	ASSERT_INT_EQ(campaign_template_open(&t, "tearoff-a4", dirs, d), CAMPAIGN_OK);
	campaign_template_free(t);
	ASSERT_INT_EQ(campaign_template_open(&t, "flyer-a55", dirs, d), CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message, "no built-in template 'flyer-a55'; did you mean 'flyer-a5'?");
	ASSERT_INT_EQ(campaign_template_open(&t, "../templates/flyer-a6.yaml", NULL, d), CAMPAIGN_OK);
	campaign_template_free(t);
	campaign_diags_free(d);
}

/*
 * The images tables' rows name (issue 17): a path given again is the same
 * image, the same bytes under another name are decoded once and carry one
 * id (one object in a combined PDF), and a file that cannot be read says
 * so each time it is named, without an image.
 */
static void
test_template__row_images_by_path_and_content(void)
{
	struct image_cache *c = campaign__image_cache_new(IMAGE_CACHE_MAX_BYTES, NULL);
	ASSERT_NOT_NULL(c);
	const struct tpl_image *png = NULL, *copy = NULL, *again = NULL, *jpeg = NULL, *none = NULL;
	char why[IMAGE_WHY_SIZE];
	ASSERT_INT_EQ(campaign__image_cache_load(c, "data/templates/good/logo.png", &png, why,
	                                         sizeof(why)), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__image_cache_load(c, "data/templates/../templates/good/logo.png", &copy,
	                                         why, sizeof(why)), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__image_cache_load(c, "data/templates/good/logo.png", &again, why,
	                                         sizeof(why)), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__image_cache_load(c, "data/artwork/photo.jpg", &jpeg, why, sizeof(why)),
	              CAMPAIGN_OK);
	ASSERT_NOT_NULL(png);
	ASSERT_TRUE(copy == png);
	ASSERT_TRUE(again == png);
	ASSERT_TRUE(jpeg != png);
	ASSERT_INT_EQ(png->width, 600);
	ASSERT_INT_EQ(jpeg->kind, TPL_IMAGE_JPEG);
	ASSERT_INT_EQ(strlen(png->id), 64);
	ASSERT_TRUE(strcmp(png->id, jpeg->id) != 0);
	for (int k = 0; k < 2; k++) {
		ASSERT_INT_EQ(campaign__image_cache_load(c, "data/artwork/none.png", &none, why,
		                                         sizeof(why)), CAMPAIGN_EIO);
		ASSERT_NULL(none);
		ASSERT_STR_EQ(why, "No such file or directory");
	}
	ASSERT_TRUE(campaign__image_cache_find(c, "data/templates/../templates/good/logo.png") == png);
	ASSERT_NULL(campaign__image_cache_find(c, "data/artwork/none.png"));
	campaign__image_cache_free(c);

	/* Room for the PNG's 600 x 200 pixels, not for the JPEG's 600 x 400 besides. */
	c = campaign__image_cache_new(1024 * 1024, NULL);
	ASSERT_NOT_NULL(c);
	ASSERT_INT_EQ(campaign__image_cache_load(c, "data/templates/good/logo.png", &png, why,
	                                         sizeof(why)), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__image_cache_load(c, "data/artwork/photo.jpg", &jpeg, why, sizeof(why)),
	              CAMPAIGN_EINVALID);
	ASSERT_NULL(jpeg);
	ASSERT_STR_EQ(why, "is one image too many: the images of the tables' rows would take more "
	                   "than 1 MB decoded");
	campaign__image_cache_free(c);
}

/* What a QR element's own data says, checked as a spec's landing is: (errors, warnings). */
static void
assert_qr_data(const char *data, int want, size_t errors, size_t warnings)
{
	char yaml[512];
	snprintf(yaml, sizeof(yaml), "page: {size: A6}\nelements:\n  - qr: {data: \"%s\", at: [10mm, 10mm], size: 40mm}\n", data);
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	campaign_template *t = load(yaml, d, CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_template_check_qr_data(t, d), want);
	if (campaign_diags_error_count(d) != errors || campaign_diags_count(d) != errors + warnings)
		for (size_t i = 0; i < campaign_diags_count(d); i++)
			printf("# %s: %s\n", data, campaign_diags_get(d, i)->message);
	ASSERT_INT_EQ(campaign_diags_error_count(d), errors);
	ASSERT_INT_EQ(campaign_diags_count(d), errors + warnings);
	if (errors) {
		/* At the data, where the link was written. */
		ASSERT_INT_EQ(campaign_diags_get(d, 0)->line, 3);
		ASSERT_INT_EQ(campaign_diags_get(d, 0)->column, 16);
	}
	campaign_template_free(t);
	campaign_diags_free(d);
}

static void
test_template__qr_data_is_checked_as_a_landing(void)
{
	assert_qr_data("{{url}}", CAMPAIGN_OK, 0, 0);
	assert_qr_data("https://example.org/{{placement.id}}", CAMPAIGN_OK, 0, 0);
	/* A literal link: the same as everywhere, and the same code on every flyer (a warning). */
	assert_qr_data("https://example.org/rally", CAMPAIGN_OK, 0, 1);
	assert_qr_data("https://user:pass@example.org/rally", CAMPAIGN_EINVALID, 1, 1);
	assert_qr_data("https://user:pass@example.org/{{placement.id}}", CAMPAIGN_EINVALID, 1, 0);
	assert_qr_data("https://example.org/a%00b", CAMPAIGN_EINVALID, 1, 1);
	assert_qr_data("https://example.org:0/", CAMPAIGN_EINVALID, 1, 1);
	/* A host a phone cannot reach: warned, as a landing's is. */
	assert_qr_data("http://localhost/{{placement.id}}", CAMPAIGN_OK, 0, 1);
	/* Not a link: allowed; a web address without its scheme is warned about. */
	assert_qr_data("WIFI:S:Rally;T:nopass;;", CAMPAIGN_OK, 0, 1);
	assert_qr_data("example.org/rally", CAMPAIGN_OK, 0, 2);
	assert_qr_data("tel:{{phone_e164}}", CAMPAIGN_OK, 0, 0);
	/* A link a scanner would run, never visit. */
	assert_qr_data("javascript:alert(1)", CAMPAIGN_EINVALID, 1, 0);
	assert_qr_data("DATA:text/html,{{url}}", CAMPAIGN_EINVALID, 1, 0);
}

static void
test_template__languages_with_built_in_texts(void)
{
	campaign_buf nearest = CAMPAIGN_BUF_INIT, known = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_language_known("ru", &nearest, &known), CAMPAIGN_OK);
	ASSERT_NULL(nearest.ptr);
	ASSERT_TRUE(strstr(known.ptr, "en, ru") == known.ptr);
	campaign_buf_dispose(&known);
	/* The primary subtag decides, in any case. */
	ASSERT_INT_EQ(campaign_language_known("AR-eg", NULL, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_language_known("xx", &nearest, NULL), CAMPAIGN_EINVALID);
	ASSERT_NULL(nearest.ptr);
	ASSERT_INT_EQ(campaign_language_known("rus", &nearest, NULL), CAMPAIGN_EINVALID);
	ASSERT_STR_EQ(nearest.ptr, "ru");
	campaign_buf_dispose(&nearest);
	ASSERT_INT_EQ(campaign_language_known(NULL, &nearest, NULL), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_language_known("", &nearest, NULL), CAMPAIGN_EINVALID);
	ASSERT_NULL(nearest.ptr);
}

int
main(void)
{
	RUN(test_template__lengths_need_a_unit);
	RUN(test_template__colours);
	RUN(test_template__page_sizes_and_orientation);
	RUN(test_template__located_errors);
	RUN(test_template__reports_every_problem);
	RUN(test_template__images_are_checked_before_decoding);
	RUN(test_template__row_images_by_path_and_content);
	RUN(test_template__image_limits_are_the_callers);
	RUN(test_template__check_names_against_what_the_caller_provides);
	RUN(test_template__dates_in_the_campaign_language);
	RUN(test_template__builtin_templates_load);
	RUN(test_template__qr_data_is_checked_as_a_landing);
	RUN(test_template__languages_with_built_in_texts);
	int rc = harness_done();
	campaign_shutdown();
	return rc;
}
