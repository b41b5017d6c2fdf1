/*
 * The fonts every text goes through (the pango and fontconfig boundary):
 * one pango font map per thread, a layout context whose metrics are the
 * same at any resolution, and the teardown a leak checker needs, since
 * pango, cairo and fontconfig keep caches for the life of the process
 * (AddressSanitizer reports about 30 KB in a thousand allocations).
 */
#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <glib-object.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-font.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "campaign/render.h"
#include "font/fonts.h"

/* Set once any thread has asked pango for its font map (see campaign_shutdown()). */
static int font_map_used;

PangoFontMap *
campaign__font_map(void)
{
	g_atomic_int_set(&font_map_used, 1);
	return pango_cairo_font_map_get_default();
}

int
campaign__font_map_used(void)
{
	return g_atomic_int_get(&font_map_used);
}

int
campaign__font_file_error(PangoFont *font, const char **file)
{
	*file = NULL;
	if (!PANGO_IS_FC_FONT(font))
		return 0;
	FcPattern *pattern = pango_fc_font_get_pattern(PANGO_FC_FONT(font));
	FcChar8 *path = NULL;
	if (!pattern || FcPatternGetString(pattern, FC_FILE, 0, &path) != FcResultMatch || !path)
		return 0;
	*file = (const char *)path;
	/* Non-blocking: a font "file" that is a FIFO must not hang the build. */
	int fd = open(*file, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return errno;
	struct stat st;
	int err = fstat(fd, &st) != 0 ? errno : !S_ISREG(st.st_mode) ? EINVAL : st.st_size == 0 ? ENODATA : 0;
	close(fd);
	return err;
}

int
campaign__font_generic(const char *family, size_t n)
{
	/* fontconfig's own configuration maps these on every system. */
	static const char *const core[] = { "sans", "sans-serif", "serif", "monospace", "mono", NULL };
	/* CSS's other generic families: a look of their own, which a machine may not have. */
	static const char *const styled[] = {
		"system-ui", "cursive", "fantasy", "emoji", "math", "fangsong",
		"ui-serif", "ui-sans-serif", "ui-monospace", "ui-rounded", NULL,
	};
	for (size_t i = 0; core[i]; i++)
		if (strlen(core[i]) == n && strncasecmp(family, core[i], n) == 0)
			return 1;
	for (size_t i = 0; styled[i]; i++)
		if (strlen(styled[i]) == n && strncasecmp(family, styled[i], n) == 0)
			return 2;
	return 0;
}

/* A weight's word as a font description writes it ("Thin", "Bold"); g_free() it. */
static char *
weight_word(PangoWeight weight)
{
	PangoFontDescription *d = pango_font_description_new();
	pango_font_description_set_weight(d, weight);
	char *word = pango_font_description_to_string(d);
	pango_font_description_free(d);
	if (word && (!word[0] || strcmp(word, "Normal") == 0)) {
		g_free(word);
		word = g_strdup("Regular");
	}
	return word;
}

char *
campaign__font_unhonoured(const PangoFontDescription *want, PangoFont *font)
{
	PangoFontDescription *got = pango_font_describe(font);
	const char *got_family = got ? pango_font_description_get_family(got) : NULL;
	if (!got_family) {
		if (got)
			pango_font_description_free(got);
		return NULL;
	}
	char *message = NULL;
	/* The family list's first generic family, unless a font it names by name was found. */
	const char *list = pango_font_description_get_family(want);
	const char *generic = NULL;
	size_t n = 0;
	for (const char *p = list; p && *p;) {
		p += strspn(p, " ,");
		size_t len = strcspn(p, ",");
		while (len && p[len - 1] == ' ')
			len--;
		if (len == strlen(got_family) && strncasecmp(p, got_family, len) == 0) {
			generic = NULL;
			break;
		}
		if (len && !generic && campaign__font_generic(p, len)) {
			generic = p;
			n = len;
		}
		p += strcspn(p, ",");
	}
	/*
	 * A styled generic family is whatever fontconfig finds: with no such
	 * font it is the default face, or any other (the tests' fonts give
	 * "cursive" a maths face). Said every time, naming the face, so the
	 * same template warns alike on every machine.
	 */
	if (generic && campaign__font_generic(generic, n) == 2)
		message = g_strdup_printf("the generic family '%.*s' is no font of its own: this text "
		                          "prints in '%s', fontconfig's choice on this machine; name a "
		                          "font to be sure of its look",
		                          (int)n, generic, got_family);
	/* A weight the family lacks is printed in its nearest face: "Serif Thin" in Book. */
	PangoWeight w = pango_font_description_get_weight(want);
	PangoWeight g = pango_font_description_get_weight(got);
	if (!message && (pango_font_description_get_set_fields(want) & PANGO_FONT_MASK_WEIGHT) &&
	    abs((int)w - (int)g) > 100) {
		char *asked = weight_word(w), *given = weight_word(g);
		message = g_strdup_printf("'%s' has no %s face: this text prints in its %s face",
		                          got_family, asked, given);
		g_free(asked);
		g_free(given);
	}
	pango_font_description_free(got);
	return message;
}

PangoContext *
campaign__layout_context(void)
{
	PangoFontMap *map = campaign__font_map();
	PangoContext *ctx = map ? pango_font_map_create_context(map) : NULL;
	if (!ctx)
		return NULL;
	/*
	 * Unhinted metrics and unrounded positions: the line breaks are then the
	 * same in the PDF, in a PNG at any DPI and in a proof thumbnail, so what
	 * was checked for overset is what gets printed.
	 */
	cairo_font_options_t *fo = cairo_font_options_create();
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
	pango_cairo_context_set_font_options(ctx, fo);
	cairo_font_options_destroy(fo);
	/* 72 dpi: one pango point is one user unit, which is a PDF point. */
	pango_cairo_context_set_resolution(ctx, 72.0);
	pango_context_set_round_glyph_positions(ctx, FALSE);
	return ctx;
}

/* How long to wait for pango's font-sorting thread to let go of the font map. */
#define FONTMAP_WAIT_US (2 * 1000 * 1000)

void
campaign__fontmap_release_thread(void)
{
	/*
	 * pango 1.50 sorts fonts in a thread of its own, and a sort still in
	 * flight holds a reference to the font map. If that thread drops the
	 * last one, the font map and its cairo fonts are freed there, while
	 * cairo_debug_reset_static_data() runs here: cairo then aborts on an
	 * assertion (seen in about one run in three of a short failed render).
	 * So keep a reference, wait for the thread's to go, and free the font
	 * map in this thread before resetting cairo and fontconfig.
	 */
	/*
	 * Asking pango for a font map that was never made would make one now,
	 * and start its fontconfig thread on FcInit() just before FcFini() here
	 * (fontconfig then aborts on an assertion): only when one was used.
	 */
	PangoFontMap *map = campaign__font_map_used() ? pango_cairo_font_map_get_default() : NULL;
	if (map)
		g_object_ref(map);
	/*
	 * pango also loads fontconfig's configuration in a thread of its own,
	 * started with the first font map. A page that drew no text can reach
	 * here before that load is done; FcFini() then misses the configuration
	 * it installs later (AddressSanitizer: 288 bytes leaked, in about one run
	 * in fifteen of a QR-only render under load). Listing the families
	 * waits for the load (pango's wait_for_fc_init()).
	 */
	if (map) {
		PangoFontFamily **families = NULL;
		int n = 0;
		pango_font_map_list_families(map, &families, &n);
		g_free(families);
	}
	/* Only this thread's default font map: pango keeps one per thread. */
	if (map)
		pango_cairo_font_map_set_default(NULL);
	if (map) {
		for (long waited = 0; g_atomic_int_get((gint *)&G_OBJECT(map)->ref_count) > 1 &&
		                      waited < FONTMAP_WAIT_US;
		     waited += 1000)
			g_usleep(1000);
		g_object_unref(map);
	}
}

void
campaign_shutdown(void)
{
	campaign__fontmap_release_thread();
	cairo_debug_reset_static_data();
	FcFini();
}
