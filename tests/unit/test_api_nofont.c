/*
 * A machine without fonts, through the public headers only: fontconfig is
 * pointed at an empty configuration before anything loads it (which is why
 * this is a program of its own), and a template with text then fails with
 * CAMPAIGN_EMISSING, located at the element's font, while a template
 * without text still loads and renders.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "api_check.h"

static char scratch[] = "/tmp/campaign-nofont-XXXXXX";
static char conf[64];
static char cache[64];

static void
point_fontconfig_at_nothing(void)
{
	ASSERT_NOT_NULL(mkdtemp(scratch));
	snprintf(conf, sizeof(conf), "%s/empty.conf", scratch);
	snprintf(cache, sizeof(cache), "%s/cache", scratch);
	FILE *f = fopen(conf, "w");
	ASSERT_NOT_NULL(f);
	fprintf(f, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
	           "<fontconfig><cachedir>%s</cachedir></fontconfig>\n", cache);
	fclose(f);
	ASSERT_INT_EQ(setenv("FONTCONFIG_FILE", conf, 1), 0);
}

static void
test_api_nofont__text_needs_a_font_and_says_so(void)
{
	campaign_diags *d = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&d), CAMPAIGN_OK);
	static const char text_yaml[] =
		"template: t\n"
		"page: { size: A6 }\n"
		"elements:\n"
		"  - text: { text: \"Hello\", at: [1mm, 1mm], width: 50mm, font: \"DejaVu Sans 12\" }\n";
	campaign_template *t = NULL;
	ASSERT_FAILS_WITH(campaign_template_load_string(&t, text_yaml, sizeof(text_yaml) - 1, "t.yaml",
	                                                NULL, d),
	                  d, CAMPAIGN_EMISSING,
	                  "no font can be loaded for \"DejaVu Sans\": is fontconfig set up?");
	ASSERT_NULL(t);
	const campaign_diag *g = campaign_diags_get(d, 0);
	ASSERT_STR_EQ(g->file, "t.yaml");
	ASSERT_INT_EQ(g->line, 4);
	ASSERT_INT_EQ(g->column, 63); /* the font's value */

	/* No text, no font needed: a QR-only page loads and renders. */
	static const char qr_yaml[] =
		"template: q\n"
		"page: { size: A7 }\n"
		"elements:\n"
		"  - qr: { data: \"{{url}}\", at: [5mm, 5mm], size: 30mm }\n";
	campaign_diags_clear(d);
	ASSERT_OK(campaign_template_load_string(&t, qr_yaml, sizeof(qr_yaml) - 1, "q.yaml", NULL, d), d);
	static const campaign_param values[] = { { "url", "https://example.org/r" } };
	campaign_flyer *f = NULL;
	ASSERT_OK(campaign_flyer_new(&f, t, values, 1, NULL, d), d);
	campaign_buf pdf = CAMPAIGN_BUF_INIT;
	ASSERT_OK(campaign_flyer_render(&pdf, f, NULL, d), d);
	ASSERT_TRUE(pdf.size > 100 && memcmp(pdf.ptr, "%PDF-", 5) == 0);
	campaign_buf_dispose(&pdf);
	campaign_flyer_free(f);
	campaign_template_free(t);
	campaign_diags_free(d);
}

int
main(void)
{
	point_fontconfig_at_nothing();
	RUN(test_api_nofont__text_needs_a_font_and_says_so);
	campaign_shutdown();
	char cmd[160];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", scratch);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", scratch);
	return harness_done();
}
