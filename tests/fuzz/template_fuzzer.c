/*
 * The template loader and the flyer made from it: campaign_template_load_string(),
 * the placeholder check, campaign_flyer_new() (expansion, text layout, every
 * print check) and, when that succeeds, a PNG at the lowest resolution.
 *
 * Input: the template's YAML, then optionally a NUL byte and the event title,
 * and another NUL byte and the venue: hostile text for the layout (long
 * words, combining marks, right-to-left runs). An image `src: logo.png` is
 * found in the scratch directory.
 *
 * Invariant: a flyer that was made renders (render.h: "rendering adds no new
 * validation errors").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/campaign.h"
#include "fuzz_util.h"

static const char *const known[] = {
	"campaign.name", "event.title", "event.date", "event.time", "event.venue",
	"url", "phone", "phone_e164", "tel", "hashtag", "row.*", "var.*", NULL,
};

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_detach_stdin();
	/* pango, cairo and fontconfig caches go before the leak check at exit. */
	atexit(campaign_shutdown);
	FILE *f = fopen(FUZZ_SOURCE_ROOT "/tests/data/templates/good/logo.png", "rb");
	char buf[65536];
	size_t n = f ? fread(buf, 1, sizeof(buf), f) : 0;
	if (f)
		fclose(f);
	fuzz_write_scratch("logo.png", buf, n);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *parts[3];
	fuzz_split(data, size, parts, 3);
	const uint8_t *nul = memchr(data, '\0', size);
	size_t yaml_len = nul ? (size_t)(nul - data) : size;
	campaign_diags *diags = NULL;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK)
		abort();
	campaign_template *t = NULL;
	int rc = campaign_template_load_string(&t, (const char *)data, yaml_len, "fuzz.yaml",
	                                       fuzz_scratch_dir(), diags);
	fuzz_check_diags(diags, rc);
	FUZZ_CHECK((rc == CAMPAIGN_OK) == (t != NULL));
	if (rc == CAMPAIGN_OK) {
		campaign_template_info info = CAMPAIGN_TEMPLATE_INFO_INIT;
		FUZZ_CHECK(campaign_template_get_info(&info, t) == CAMPAIGN_OK);
		campaign_diags_clear(diags);
		rc = campaign_template_check_names(t, known, diags);
		fuzz_check_diags(diags, rc);
	}
	if (rc == CAMPAIGN_OK) {
		const campaign_param values[] = {
			{ "campaign.name", "Rally" },
			{ "event.title", parts[1][0] ? parts[1] : "Митинг за достойную зарплату" },
			{ "event.date", "2026-12-05" },
			{ "event.time", "12:00" },
			{ "event.venue", parts[2][0] ? parts[2] : "Gorky Park" },
			{ "url", "https://example.org/rally?utm_source=flyer&utm_medium=print" },
			{ "phone", "+7 (495) 123-45-01" },
			{ "phone_e164", "+74951234501" },
			{ "tel", "tel:+74951234501" },
			{ "hashtag", "#LivingWage" },
		};
		campaign_flyer_options fo = CAMPAIGN_FLYER_OPTIONS_INIT;
		fo.language = "ru";
		campaign_flyer *f = NULL;
		campaign_diags_clear(diags);
		size_t count = sizeof(values) / sizeof(values[0]);
		rc = campaign_flyer_new(&f, t, values, count, &fo, diags);
		fuzz_check_diags(diags, rc);
		if (rc == CAMPAIGN_OK) {
			campaign_render_options ro = CAMPAIGN_RENDER_OPTIONS_INIT;
			ro.format = CAMPAIGN_RENDER_PNG;
			ro.dpi = CAMPAIGN_RENDER_DPI_MIN;
			ro.now = 1795564800;
			campaign_buf png = CAMPAIGN_BUF_INIT;
			campaign_diags_clear(diags);
			rc = campaign_flyer_render(&png, f, &ro, diags);
			FUZZ_CHECK(rc == CAMPAIGN_OK);
			FUZZ_CHECK(png.size > 8 && memcmp(png.ptr, "\x89PNG", 4) == 0);
			campaign_buf_dispose(&png);
		}
		campaign_flyer_free(f);
	}
	campaign_template_free(t);
	campaign_diags_free(diags);
	fuzz_free_parts(parts, 3);
	return 0;
}
