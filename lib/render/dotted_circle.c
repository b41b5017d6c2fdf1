#include "render/dotted_circle.h"

#include <hb.h>

#define DOTTED_CIRCLE 0x25CC

/* The first character of glyph i's cluster that is not the dotted circle: the mark it carries. */
static gunichar
cluster_mark(const char *text, const PangoLayoutRun *run, int i)
{
	const char *p = text + run->item->offset + run->glyphs->log_clusters[i];
	const char *end = text + run->item->offset + run->item->length;
	for (; p < end; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c != DOTTED_CIRCLE)
			return c;
	}
	return 0;
}

/* Whether the cluster of glyph i holds a dotted circle of its own (the text may print one). */
static int
text_has_circle(const char *text, const PangoLayoutRun *run, int i)
{
	int start = run->glyphs->log_clusters[i], stop = run->item->length;
	for (int k = 0; k < run->glyphs->num_glyphs; k++)
		if (run->glyphs->log_clusters[k] > start && run->glyphs->log_clusters[k] < stop)
			stop = run->glyphs->log_clusters[k];
	const char *p = text + run->item->offset + start, *end = text + run->item->offset + stop;
	for (; p < end; p = g_utf8_next_char(p))
		if (g_utf8_get_char(p) == DOTTED_CIRCLE)
			return 1;
	return 0;
}

int
campaign__dotted_circle_find(PangoLayout *layout, gunichar *mark)
{
	const char *text = pango_layout_get_text(layout);
	int found = 0;
	PangoLayoutIter *it = pango_layout_get_iter(layout);
	do {
		PangoLayoutRun *run = pango_layout_iter_get_run_readonly(it);
		if (!run || !run->item->analysis.font)
			continue;
		hb_codepoint_t circle;
		hb_font_t *hb = pango_font_get_hb_font(run->item->analysis.font);
		if (!hb || !hb_font_get_nominal_glyph(hb, DOTTED_CIRCLE, &circle))
			continue; /* a font without one: HarfBuzz cannot insert it */
		for (int i = 0; i < run->glyphs->num_glyphs && !found; i++) {
			if (run->glyphs->glyphs[i].glyph != circle || text_has_circle(text, run, i))
				continue;
			*mark = cluster_mark(text, run, i);
			found = 1;
		}
	} while (!found && pango_layout_iter_next_run(it));
	pango_layout_iter_free(it);
	return found;
}
