/*
 * Imposition through the public headers only: how a template lies on a
 * sheet (the grid that fits the most, turned when that fits more; a grid
 * that does not fit), step and repeat counted from copies, sequence, the
 * office printer's scale, label products from gLabels' XML, and the errors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api_check.h"

static const char a6_yaml[] =
	"template: card\n"
	"page: { size: A6, bleed: 3mm, safe: 5mm }\n"
	"elements:\n"
	"  - rect: { at: [0, 0], size: [105mm, 40mm], fill: \"#c62828\", bleed: true }\n"
	"  - qr: { data: \"{{url}}\", at: [8mm, 80mm], size: 40mm }\n";

static const campaign_param url[] = { { "url", "https://example.org/r" } };

static campaign_template *
load(const char *yaml, campaign_diags *d)
{
	campaign_template *t = NULL;
	ASSERT_OK(campaign_template_load_string(&t, yaml, strlen(yaml), "t.yaml", ".", d), d);
	return t;
}

static void
fit(campaign_impose_fit *out, const campaign_template *t, const campaign_impose_options *io,
    campaign_diags *d)
{
	*out = (campaign_impose_fit){ CAMPAIGN_IMPOSE_FIT_VERSION, 0, 0, 0, 0, 0, 0, 0 };
	ASSERT_OK(campaign_impose_fit_template(out, t, io, d), d);
}

static void
test_api_impose__the_grid_that_fits_the_most(void)
{
	campaign_diags *d = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&d), CAMPAIGN_OK);
	campaign_template *t = load(a6_yaml, d);
	campaign_impose_options io;
	ASSERT_INT_EQ(campaign_impose_options_init(&io, CAMPAIGN_IMPOSE_OPTIONS_VERSION), CAMPAIGN_OK);
	campaign_impose_fit f;
	/* A4 with 3 mm bleed, 6 mm gutters and room for marks: two, turned. */
	fit(&f, t, &io, d);
	ASSERT_INT_EQ(f.per_sheet, 2);
	ASSERT_INT_EQ(f.rotated, 1);
	ASSERT_TRUE(f.scale == 1);
	io.sheet = "SRA3";
	fit(&f, t, &io, d);
	ASSERT_INT_EQ(f.columns * 10 + f.rows, 22);
	ASSERT_TRUE(f.sheet_width_mm == 320 && f.sheet_height_mm == 450);
	/* A custom sheet, butt cut: 308 x 438 mm inside the marks take 2 x 4 A6 turned, 2 x 2 not. */
	io.sheet = "330x460mm";
	io.gutter_mm = 0;
	fit(&f, t, &io, d);
	ASSERT_INT_EQ(f.per_sheet, 8);
	ASSERT_INT_EQ(f.rotated, 1);
	/* For an office printer 2 x 2 on A4 fits at 200/210. */
	io.sheet = "A4";
	io.office = 1;
	io.columns = io.rows = 2;
	fit(&f, t, &io, d);
	ASSERT_TRUE(f.scale > 0.952 && f.scale < 0.953);
	/* A print shop never scales: the same grid does not fit. */
	io.office = 0;
	f.version = CAMPAIGN_IMPOSE_FIT_VERSION;
	ASSERT_FAILS_WITH(campaign_impose_fit_template(&f, t, &io, d), d, CAMPAIGN_EINVALID,
	                  "2 x 2 flyers of 105.0 x 148.0 mm do not fit the 188.0 x 275.0 mm that the A4 "
	                  "sheet leaves for them with bleed and cut marks");
	io.sheet = "A12";
	ASSERT_FAILS_WITH(campaign_impose_fit_template(&f, t, &io, d), d, CAMPAIGN_EINVALID,
	                  "unknown sheet 'A12': give A3, A4, SRA3, Letter, Tabloid (or another page size) "
	                  "or a size like 320x450mm");
	campaign_template_free(t);
	campaign_diags_free(d);
}

static void
test_api_impose__step_and_repeat_and_sequence(void)
{
	campaign_diags *d = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&d), CAMPAIGN_OK);
	campaign_template *t = load(a6_yaml, d);
	campaign_flyer *f = NULL;
	ASSERT_OK(campaign_flyer_new(&f, t, url, 1, NULL, d), d);
	campaign_impose_options io = CAMPAIGN_IMPOSE_OPTIONS_INIT;
	io.sheet = "SRA3";
	io.now = 1796083200;
	campaign_imposer *im = NULL;
	ASSERT_OK(campaign_imposer_new(&im, &io, d), d);
	/* 4 a sheet: 500 copies are 125 sheets, 3 more are one more sheet. */
	ASSERT_OK(campaign_imposer_add(im, f, 500, d), d);
	ASSERT_INT_EQ(campaign_imposer_sheets(im), 125);
	ASSERT_OK(campaign_imposer_add(im, f, 3, d), d);
	ASSERT_INT_EQ(campaign_imposer_sheets(im), 126);
	ASSERT_FAILS_WITH(campaign_imposer_add(im, f, 0, d), d, CAMPAIGN_EINVALID,
	                  "copies must be from 1 to 1000000, not 0");
	campaign_buf pdf = CAMPAIGN_BUF_INIT;
	ASSERT_OK(campaign_imposer_finish(&pdf, im, d), d);
	ASSERT_TRUE(pdf.size > 1000 && memcmp(pdf.ptr, "%PDF-", 5) == 0);
	campaign_buf_dispose(&pdf);
	campaign_imposer_free(im);
	/* Sequence: five flyers one after another fill one sheet and start a second. */
	io.mode = CAMPAIGN_IMPOSE_SEQUENCE;
	ASSERT_OK(campaign_imposer_new(&im, &io, d), d);
	for (int i = 0; i < 5; i++)
		ASSERT_OK(campaign_imposer_add(im, f, CAMPAIGN_UNSET, d), d);
	ASSERT_INT_EQ(campaign_imposer_sheets(im), 2);
	ASSERT_OK(campaign_imposer_finish(&pdf, im, d), d);
	campaign_buf_dispose(&pdf);
	campaign_imposer_free(im);
	/* Nothing added: no PDF. */
	ASSERT_OK(campaign_imposer_new(&im, &io, d), d);
	ASSERT_FAILS_WITH(campaign_imposer_finish(&pdf, im, d), d, CAMPAIGN_EINVALID,
	                  "no flyer to impose: a PDF needs at least one sheet");
	campaign_imposer_free(im);
	campaign_flyer_free(f);
	campaign_template_free(t);
	campaign_diags_free(d);
}

static void
test_api_impose__label_products(void)
{
	campaign_diags *d = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&d), CAMPAIGN_OK);
	campaign_buf list = CAMPAIGN_BUF_INIT;
	ASSERT_OK(campaign_labels_list(&list, "data/labels/good", d), d);
	ASSERT_NOT_NULL(strstr(list.ptr, "Avery L7163\tA4\t99.1 x 38.1 mm\t2 x 7\tMailing labels\n"));
	ASSERT_NOT_NULL(strstr(list.ptr, "Avery 3274.2\tUS-Letter\t38.1 x 38.1 mm round\t4 x 5\t"));
	campaign_buf_dispose(&list);
	/* The installed package: the same product, the same published geometry. */
	ASSERT_OK(campaign_labels_list(&list, NULL, d), d);
	ASSERT_NOT_NULL(strstr(list.ptr, "Avery L7163\tA4\t99.1 x 38.1 mm\t2 x 7\t"));
	campaign_buf_dispose(&list);
	static const char sticker[] =
		"template: sticker\n"
		"page: { size: [99.1mm, 38.1mm], orientation: landscape, bleed: 2mm, safe: 2mm }\n"
		"elements:\n"
		"  - qr: { data: \"{{url}}\", at: [4mm, 3mm], size: 32mm }\n";
	campaign_template *t = load(sticker, d);
	campaign_impose_options io = CAMPAIGN_IMPOSE_OPTIONS_INIT;
	io.labels = "avery l7163"; /* brand and part in any case */
	io.labels_dir = "data/labels/good";
	campaign_impose_fit f;
	fit(&f, t, &io, d);
	ASSERT_INT_EQ(f.per_sheet, 14);
	ASSERT_INT_EQ(f.columns * 10 + f.rows, 27);
	ASSERT_TRUE(f.scale == 1 && f.sheet_width_mm == 210 && f.sheet_height_mm == 297);
	/* Two layouts, one product: every label counts. */
	io.labels = "DataBecker 0562";
	fit(&f, t, &io, d);
	ASSERT_INT_EQ(f.per_sheet, 3);
	/* An A6 flyer on a 99.1 x 38.1 mm label: not without shrinking it past reading. */
	campaign_template *a6 = load(a6_yaml, d);
	io.labels = "Avery L7163";
	f.version = CAMPAIGN_IMPOSE_FIT_VERSION;
	ASSERT_FAILS_WITH(campaign_impose_fit_template(&f, a6, &io, d), d, CAMPAIGN_EINVALID,
	                  "a flyer of 105.0 x 148.0 mm does not fit the 99.1 x 38.1 mm labels of Avery "
	                  "L7163: make its template the label's size");
	io.labels = "Avery L7136";
	ASSERT_FAILS_WITH(campaign_impose_fit_template(&f, t, &io, d), d, CAMPAIGN_ENOTFOUND,
	                  "no label product 'Avery L7136' in data/labels/good: 'campaign templates "
	                  "--labels' lists them, as brand and part (\"Avery L7163\")");
	campaign_template_free(a6);
	campaign_template_free(t);
	campaign_diags_free(d);
}

/* The options alone, before any template: what a command line reports as a usage error. */
static void
test_api_impose__options_checked_alone(void)
{
	campaign_diags *d = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&d), CAMPAIGN_OK);
	campaign_impose_options io = CAMPAIGN_IMPOSE_OPTIONS_INIT;
	ASSERT_OK(campaign_impose_options_check(&io, d), d);
	io.sheet = "SRA3";
	ASSERT_OK(campaign_impose_options_check(&io, d), d);
	io.sheet = "A44";
	ASSERT_FAILS_WITH(campaign_impose_options_check(&io, d), d, CAMPAIGN_EINVALID,
	                  "unknown sheet 'A44': give A3, A4, SRA3, Letter, Tabloid (or another page size) "
	                  "or a size like 320x450mm");
	io.sheet = NULL;
	io.gutter_mm = 101;
	ASSERT_FAILS_WITH(campaign_impose_options_check(&io, d), d, CAMPAIGN_EINVALID,
	                  "the gutter must be from 0 to 100 mm, not 101 mm");
	/* A label product's file is read only when it is used. */
	io = (campaign_impose_options)CAMPAIGN_IMPOSE_OPTIONS_INIT;
	io.labels = "Avery L7136";
	io.labels_dir = "data/labels/good";
	ASSERT_OK(campaign_impose_options_check(&io, d), d);
	campaign_diags_free(d);
}

int
main(void)
{
	RUN(test_api_impose__the_grid_that_fits_the_most);
	RUN(test_api_impose__step_and_repeat_and_sequence);
	RUN(test_api_impose__label_products);
	RUN(test_api_impose__options_checked_alone);
	campaign_shutdown();
	return harness_done();
}
