/*
 * Process teardown for leak checkers: pango, cairo and fontconfig keep
 * caches for the life of the process, which AddressSanitizer reports as
 * about 30 KB leaked in a thousand allocations (pitfalls 1.11).
 */
#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <glib-object.h>
#include <pango/pangocairo.h>

#include "campaign/render.h"
#include "flyer.h"
#include "render_internal.h"

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
