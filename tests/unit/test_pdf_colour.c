/*
 * The colour pass (lib/render/pdf_colour.h): the placeholders that carry
 * cmyk() through cairo, each colour operator's rewriting, and the token
 * filter over whole content streams, inline images included.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/diag.h"
#include "campaign/render.h"
#include "campaign/status.h"
#include "campaign/template.h"
#include "harness.h"
#include "render/cmyk_placeholder.h"
#include "render/output_profile.h"
#include "render/pdf_boxes.h"
#include "render/pdf_colour.h"
#include "render/pdf_flate.h"

/* A component as cairo 1.16 prints it (_cairo_dtostr): six decimals, more below 0.1. */
static double
as_cairo_prints(double v)
{
	char buf[64];
	if (fabs(v) >= 0.1) {
		snprintf(buf, sizeof(buf), "%f", v);
	} else {
		snprintf(buf, sizeof(buf), "%.18f", v);
		int zeros = 0;
		for (const char *p = strchr(buf, '.') + 1; *p == '0'; p++)
			zeros++;
		snprintf(buf, sizeof(buf), "%.*f", zeros + 6, v);
	}
	return strtod(buf, NULL);
}

static void
test_pdf_colour__placeholders_carry_every_ink_back(void)
{
	/* Every ink of every plate, and mixes, read back after cairo printed them. */
	for (int plate = 0; plate < 4; plate++)
		for (int v = 0; v <= 1000; v++) {
			int ink[4] = { 37, 1000, 0, 999 }, back[4];
			ink[plate] = v;
			double rgb[3];
			campaign__cmyk_placeholder(ink, rgb);
			for (int i = 0; i < 3; i++)
				rgb[i] = as_cairo_prints(rgb[i]);
			ASSERT_INT_EQ(campaign__cmyk_from_placeholder(rgb, back), 0);
			ASSERT_TRUE(memcmp(ink, back, sizeof(ink)) == 0);
		}
}

static void
test_pdf_colour__no_hex_colour_reads_as_a_placeholder(void)
{
	/* All 16.7 million #rrggbb colours, as cairo prints them: none is taken for cmyk(). */
	double level[256];
	for (int n = 0; n < 256; n++)
		level[n] = as_cairo_prints(n / 255.0);
	size_t taken = 0;
	for (int r = 0; r < 256; r++)
		for (int g = 0; g < 256; g++)
			for (int b = 0; b < 256; b++) {
				double rgb[3] = { level[r], level[g], level[b] };
				int ink[4];
				taken += campaign__cmyk_from_placeholder(rgb, ink) == 0;
			}
	ASSERT_INT_EQ((int)taken, 0);
	/* Nor the grays cairo is given in code (the proof sheet's). */
	static const double grays[] = { 0, 0.1, 0.3, 0.45, 0.6, 1 };
	for (size_t i = 0; i < sizeof(grays) / sizeof(grays[0]); i++) {
		double rgb[3] = { grays[i], grays[i], grays[i] };
		int ink[4];
		ASSERT_INT_EQ(campaign__cmyk_from_placeholder(rgb, ink), -1);
	}
}

/* The operator op with its operands (space separated) through a fresh stream state. */
static const char *
op(struct colour_stream *st, const char *operands, const char *name)
{
	static char out[256];
	char copy[256];
	const char *args[8];
	size_t n = 0;
	snprintf(copy, sizeof(copy), "%s", operands);
	for (char *t = strtok(copy, " "); t && n < 8; t = strtok(NULL, " "))
		args[n++] = t;
	if (!campaign__colour_op(st, name, args, n, out, sizeof(out)))
		return "(kept)";
	return out;
}

static void
test_pdf_colour__operators_are_rewritten_as_the_rules_say(void)
{
	struct colour_stream st;
	campaign__colour_stream_init(&st, NULL);
	ASSERT_STR_EQ(op(&st, "0 0 0", "rg"), "0 0 0 1 k");
	ASSERT_STR_EQ(op(&st, "0 0 0", "RG"), "0 0 0 1 K");
	ASSERT_STR_EQ(op(&st, "1 1 1", "rg"), "0 0 0 0 k");
	ASSERT_STR_EQ(op(&st, "0.101961 0.101961 0.101961", "rg"), "0 0 0 0.898039 k");
	ASSERT_STR_EQ(op(&st, "0", "g"), "0 0 0 1 k");
	ASSERT_STR_EQ(op(&st, "0.25", "G"), "0 0 0 0.75 K");
	/* Without a profile a colour stays RGB. */
	ASSERT_STR_EQ(op(&st, "0.776471 0.156863 0.156863", "rg"), "(kept)");
	/* A cmyk() placeholder, as cairo prints it, is its inks exactly. */
	double rgb[3];
	char text[96];
	campaign__cmyk_placeholder((const int[4]){ 0, 1000, 1000, 0 }, rgb);
	snprintf(text, sizeof(text), "%f %f %f", rgb[0], rgb[1], rgb[2]);
	ASSERT_STR_EQ(op(&st, text, "rg"), "0 1 1 0 k");
	campaign__cmyk_placeholder((const int[4]){ 125, 0, 1000, 70 }, rgb);
	snprintf(text, sizeof(text), "%f %f %f", rgb[0], rgb[1], rgb[2]);
	ASSERT_STR_EQ(op(&st, text, "RG"), "0.125 0 1 0.07 K");
	/* Operands that are not numbers from 0 to 1 are not ours to judge. */
	ASSERT_STR_EQ(op(&st, "0 0", "rg"), "(kept)");
	ASSERT_STR_EQ(op(&st, "2 0 0", "rg"), "(kept)");
	ASSERT_INT_EQ((int)st.rewritten, 8);
}

static void
test_pdf_colour__sc_follows_the_colour_space_and_q(void)
{
	struct colour_stream st;
	campaign__colour_stream_init(&st, NULL);
	/* The initial space is DeviceGray. */
	ASSERT_STR_EQ(op(&st, "0", "sc"), "0 0 0 1 k");
	ASSERT_STR_EQ(op(&st, "/DeviceRGB", "cs"), "(kept)");
	ASSERT_STR_EQ(op(&st, "0 0 0", "scn"), "0 0 0 1 k");
	/* After a k we wrote, an sc kept as RGB needs its space set again. */
	ASSERT_STR_EQ(op(&st, "0.5 0.2 0.1", "sc"), "/DeviceRGB cs 0.5 0.2 0.1 sc");
	ASSERT_STR_EQ(op(&st, "0.5 0.2 0.1", "sc"), "(kept)");
	/* q saves the space, Q restores it. */
	ASSERT_STR_EQ(op(&st, "", "q"), "(kept)");
	ASSERT_STR_EQ(op(&st, "/Pattern", "cs"), "(kept)");
	ASSERT_STR_EQ(op(&st, "/p5", "scn"), "(kept)");
	ASSERT_STR_EQ(op(&st, "", "Q"), "(kept)");
	ASSERT_STR_EQ(op(&st, "0 0 0", "sc"), "0 0 0 1 k");
	/* A named colour space is the resources', not ours. */
	ASSERT_STR_EQ(op(&st, "/CS0", "CS"), "(kept)");
	ASSERT_STR_EQ(op(&st, "0 0 0", "SC"), "(kept)");
}

/* The filter over a whole stream; the result as a string. */
static char *
filter(const char *in, size_t len)
{
	struct colour_stream st;
	campaign__colour_stream_init(&st, NULL);
	unsigned char *out = NULL;
	size_t out_len = 0;
	char why[128];
	ASSERT_INT_EQ(campaign__colour_filter((const unsigned char *)in, len, &st, &out, &out_len, why,
	                                      sizeof(why)),
	              CAMPAIGN_OK);
	char *s = malloc(out_len + 1);
	memcpy(s, out, out_len);
	s[out_len] = '\0';
	free(out);
	return s;
}

static void
test_pdf_colour__stream_keeps_inline_images_and_everything_else(void)
{
	/* cairo's 1-bit stencil masks are inline images: their bytes ("0 0 0 rg" among them) pass untouched. */
	static const char in[] = "q\n0 0 0 rg /a0 gs\nBT /f-0-0 12 Tf (0 0 0 rg) Tj ET\n"
	                         "BI /IM true /W 16 /H 1 /BPC 1 ID 0 0 0 rg\nEI\n"
	                         "% 0 0 0 rg in a comment\n0.5 g 1 0 0 RG 10 10 m 20 20 l S\nQ\n";
	char *out = filter(in, sizeof(in) - 1);
	ASSERT_STR_EQ(out, "q\n0 0 0 1 k /a0 gs\nBT /f-0-0 12 Tf (0 0 0 rg) Tj ET\n"
	                   "BI /IM true /W 16 /H 1 /BPC 1 ID 0 0 0 rg\nEI\n"
	                   "% 0 0 0 rg in a comment\n0 0 0 0.5 k 1 0 0 RG 10 10 m 20 20 l S\nQ\n");
	free(out);
	/* Binary inline image data, a NUL included, comes out byte for byte. */
	static const char bin[] = "BI /W 2 /H 1 /BPC 8 /CS /G ID \x00\xff\nEI 0 G";
	out = filter(bin, sizeof(bin) - 1);
	ASSERT_TRUE(memcmp(out, "BI /W 2 /H 1 /BPC 8 /CS /G ID \x00\xff\nEI 0 0 0 1 K", 41) == 0);
	free(out);
}

/* Ghostscript's PostScript CMYK profile (libgs-common, installed with ghostscript by .ci/install-deps). */
#define CMYK_PROFILE "/usr/share/color/icc/ghostscript/ps_cmyk.icc"

static int
holds(const campaign_buf *b, const char *text)
{
	size_t n = strlen(text);
	for (size_t i = 0; i + n <= b->size; i++)
		if (memcmp(b->ptr + i, text, n) == 0)
			return 1;
	return 0;
}

static void
test_pdf_colour__profile_is_the_output_intent_of_a_rendered_pdf(void)
{
	campaign_diags *d = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&d), CAMPAIGN_OK);
	campaign_output_profile *p = NULL;
	ASSERT_INT_EQ(campaign_output_profile_load(&p, CMYK_PROFILE, d), CAMPAIGN_OK);
	static const char yaml[] = "page: { size: A6 }\nelements:\n"
	                           "  - rect: { at: [0, 0], size: [50mm, 50mm], fill: \"#b3261e\" }\n";
	campaign_template *t = NULL;
	ASSERT_INT_EQ(campaign_template_load_string(&t, yaml, strlen(yaml), "t.yaml", ".", d), CAMPAIGN_OK);
	campaign_flyer *f = NULL;
	ASSERT_INT_EQ(campaign_flyer_new(&f, t, NULL, 0, NULL, d), CAMPAIGN_OK);
	campaign_render_options ro = CAMPAIGN_RENDER_OPTIONS_INIT;
	ro.output_profile = p;
	campaign_buf with = CAMPAIGN_BUF_INIT, without = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign_flyer_render(&with, f, &ro, d), CAMPAIGN_OK);
	ro.output_profile = NULL;
	ASSERT_INT_EQ(campaign_flyer_render(&without, f, &ro, d), CAMPAIGN_OK);
	ASSERT_TRUE(holds(&with, "/GTS_PDFX") && holds(&with, "/DestOutputProfile"));
	ASSERT_TRUE(!holds(&without, "/GTS_PDFX") && !holds(&without, "/DestOutputProfile"));
	campaign_buf_dispose(&with);
	campaign_buf_dispose(&without);
	campaign_flyer_free(f);
	campaign_template_free(t);
	campaign_output_profile_free(p);
	campaign_output_profile_free(NULL);
	campaign_diags_free(d);
}

/* A PDF of two pages drawing one RGB image, and a 16-bit one qpdf's xref recovery finds (no xref table). */
static const char two_pages_one_image[] =
	"%PDF-1.5\n"
	"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
	"2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> endobj\n"
	"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Contents 5 0 R\n"
	"  /Resources << /XObject << /I 6 0 R /W 7 0 R >> >> >> endobj\n"
	"4 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Contents 5 0 R\n"
	"  /Resources << /XObject << /I 6 0 R >> >> >> endobj\n"
	"5 0 obj << /Length 18 >> stream\nq 10 0 0 10 0 0 cm\nendstream endobj\n"
	"6 0 obj << /Type /XObject /Subtype /Image /Width 2 /Height 1 /ColorSpace /DeviceRGB\n"
	"  /BitsPerComponent 8 /Length 6 >> stream\n\xff\x00\x00\x00\x80\xff\nendstream endobj\n"
	"7 0 obj << /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceRGB\n"
	"  /BitsPerComponent 16 /Length 6 >> stream\n\xff\xff\x00\x00\x00\x00\nendstream endobj\n"
	"trailer << /Root 1 0 R >>\n%%EOF\n";

static size_t
count_of(const campaign_buf *b, const char *text)
{
	size_t n = 0, len = strlen(text);
	for (size_t i = 0; i + len <= b->size; i++)
		n += memcmp(b->ptr + i, text, len) == 0;
	return n;
}

static void
test_pdf_colour__rgb_images_become_the_profiles_cmyk_once(void)
{
	campaign_diags *d = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&d), CAMPAIGN_OK);
	campaign_output_profile *p = NULL;
	ASSERT_INT_EQ(campaign_output_profile_load(&p, CMYK_PROFILE, d), CAMPAIGN_OK);
	struct pdf_finish how = { NULL, 0, 0, -1, p };
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_INT_EQ(campaign__pdf_finish_pages(&how, NULL, two_pages_one_image, sizeof(two_pages_one_image) - 1, -1,
	                                         &out, -1, d),
	              CAMPAIGN_OK);
	/* The shared 8-bit image once, as the profile's inks deflated; the 16-bit one as it was. */
	unsigned char cmyk[8];
	campaign__output_profile_pixels_to_cmyk(p, (const unsigned char *)"\xff\x00\x00\x00\x80\xff", cmyk, 2);
	ASSERT_TRUE(cmyk[1] > 200 && cmyk[2] > 200 && cmyk[4] > 200 && cmyk[1] != cmyk[5]); /* red, then blue */
	char *deflated = NULL;
	size_t len = 0;
	ASSERT_INT_EQ(campaign__pdf_flate((const char *)cmyk, sizeof(cmyk), &deflated, &len), CAMPAIGN_OK);
	ASSERT_INT_EQ((int)count_of(&out, "/DeviceCMYK"), 1);
	ASSERT_INT_EQ((int)count_of(&out, "/DeviceRGB"), 1);
	ASSERT_NOT_NULL(memmem(out.ptr, out.size, deflated, len));
	free(deflated);
	campaign_buf_dispose(&out);
	/* An image larger than its samples (2 x 1 pixels given as 9 x 9): an error naming the step, no output. */
	char broken[sizeof(two_pages_one_image)];
	memcpy(broken, two_pages_one_image, sizeof(broken));
	char *params = strstr(broken, "/Width 2 /Height 1");
	memcpy(params, "/Width 9 /Height 9", 18);
	ASSERT_INT_EQ(campaign__pdf_finish_pages(&how, NULL, broken, sizeof(broken) - 1, -1, &out, -1, d), CAMPAIGN_EIO);
	ASSERT_NULL(out.ptr);
	ASSERT_TRUE(strstr(campaign_diags_get(d, campaign_diags_count(d) - 1)->message, "converting the colours") != NULL);
	campaign_output_profile_free(p);
	campaign_diags_free(d);
}

static void
test_pdf_colour__profiles_that_are_not_for_print_are_refused(void)
{
	static const struct {
		const char *path, *message;
		int status;
	} cases[] = {
		{ "/usr/share/color/icc/ghostscript/srgb.icc",
		  "not a CMYK profile: an output profile for print converts to CMYK", CAMPAIGN_EINVALID },
		{ "unit/test_pdf_colour.c", "not an ICC profile (no 'acsp' signature)", CAMPAIGN_EINVALID },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		campaign_diags *d = NULL;
		ASSERT_INT_EQ(campaign_diags_new(&d), CAMPAIGN_OK);
		campaign_output_profile *p = (campaign_output_profile *)d; /* must come back NULL */
		ASSERT_INT_EQ(campaign_output_profile_load(&p, cases[i].path, d), cases[i].status);
		ASSERT_NULL(p);
		ASSERT_INT_EQ((int)campaign_diags_count(d), 1);
		ASSERT_STR_EQ(campaign_diags_get(d, 0)->message, cases[i].message);
		ASSERT_STR_EQ(campaign_diags_get(d, 0)->file, cases[i].path);
		campaign_diags_free(d);
	}
}

int
main(void)
{
	RUN(test_pdf_colour__placeholders_carry_every_ink_back);
	RUN(test_pdf_colour__no_hex_colour_reads_as_a_placeholder);
	RUN(test_pdf_colour__operators_are_rewritten_as_the_rules_say);
	RUN(test_pdf_colour__sc_follows_the_colour_space_and_q);
	RUN(test_pdf_colour__stream_keeps_inline_images_and_everything_else);
	RUN(test_pdf_colour__profile_is_the_output_intent_of_a_rendered_pdf);
	RUN(test_pdf_colour__rgb_images_become_the_profiles_cmyk_once);
	RUN(test_pdf_colour__profiles_that_are_not_for_print_are_refused);
	return harness_done();
}
