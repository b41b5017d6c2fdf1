/*
 * A template's artwork: the image decoders and their checks before
 * decoding (image_png.c, image_jpeg.c, image_svg.c with svg_check.c), and a
 * flyer drawn from the image when it loads.
 *
 * Input: one byte that names the format (by its low bits: PNG, JPEG, SVG),
 * then the file's bytes, written as the image a one-element template names.
 *
 * Invariant: a template that loads renders (its image draws); a refused
 * image is a diagnostic, never a crash, a hang or a leak.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/campaign.h"
#include "fuzz_util.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[] = { "art.png", "art.jpg", "art.svg", "art.svg" };
	static int started;
	if (!started) {
		/* pango, cairo and fontconfig caches go before the leak check at exit. */
		started = 1;
		fuzz_detach_stdin();
		atexit(campaign_shutdown);
	}
	if (size < 1)
		return 0;
	const char *name = names[data[0] & 3];
	fuzz_write_scratch(name, data + 1, size - 1);
	char yaml[256];
	int n = snprintf(yaml, sizeof(yaml),
	                 "page: { size: A7 }\nelements:\n  - image: { src: %s, at: [5mm, 5mm], width: 20mm }\n",
	                 name);
	campaign_diags *diags = NULL;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK)
		abort();
	campaign_template *t = NULL;
	int rc = campaign_template_load_string(&t, yaml, (size_t)n, "fuzz.yaml", fuzz_scratch_dir(), diags);
	fuzz_check_diags(diags, rc);
	FUZZ_CHECK((rc == CAMPAIGN_OK) == (t != NULL));
	if (rc == CAMPAIGN_OK) {
		campaign_flyer *f = NULL;
		FUZZ_CHECK(campaign_flyer_new(&f, t, NULL, 0, NULL, diags) == CAMPAIGN_OK);
		campaign_render_options ro = CAMPAIGN_RENDER_OPTIONS_INIT;
		ro.format = CAMPAIGN_RENDER_PNG;
		ro.dpi = CAMPAIGN_RENDER_DPI_MIN;
		campaign_buf out = CAMPAIGN_BUF_INIT;
		FUZZ_CHECK(campaign_flyer_render(&out, f, &ro, diags) == CAMPAIGN_OK);
		campaign_buf_dispose(&out);
		campaign_flyer_free(f);
	}
	campaign_template_free(t);
	campaign_diags_free(diags);
	return 0;
}
