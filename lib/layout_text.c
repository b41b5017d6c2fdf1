/*
 * Text layout with pango: wrapping, alignment (start is right in a
 * right-to-left paragraph), line spacing, tracking and shrink-to-fit.
 * User text only ever goes through pango_layout_set_text(), never markup
 * (pitfalls 1.7).
 */
#include <math.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "campaign/status.h"
#include "flyer.h"

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

/*
 * The text with each paragraph in a first-strong isolate (U+2068 ... U+2069,
 * UAX #9): the paragraph keeps the flyer's direction, so its alignment is
 * the layout's, while the text inside runs in its own direction. English in
 * an Arabic flyer then lines up on the right with the Arabic around it, and
 * "Rally 2026!" still reads as written, its "!" at the end. NULL when out of
 * memory; free with g_free().
 */
static char *
isolate_paragraphs(const char *text)
{
	static const char fsi[] = "\xe2\x81\xa8", pdi[] = "\xe2\x81\xa9", ps[] = "\xe2\x80\xa9";
	GString *out = g_string_sized_new(strlen(text) + 16);
	g_string_append(out, fsi);
	for (const char *p = text; *p;) {
		size_t sep = *p == '\r' && p[1] == '\n' ? 2 : *p == '\n' || *p == '\r' ? 1
		           : strncmp(p, ps, 3) == 0 ? 3 : 0;
		if (!sep) {
			g_string_append_c(out, *p++);
			continue;
		}
		g_string_append(out, pdi);
		g_string_append_len(out, p, (gssize)sep);
		g_string_append(out, fsi);
		p += sep;
	}
	g_string_append(out, pdi);
	return g_string_free(out, FALSE);
}

static int
set_up(PangoLayout *layout, const struct tpl_elem *e, const char *text, double size)
{
	PangoFontDescription *desc = pango_font_description_from_string(e->font);
	if (!desc)
		return CAMPAIGN_ENOMEM;
	pango_font_description_set_size(desc, (gint)lround(size * PANGO_SCALE));
	pango_layout_set_font_description(layout, desc);
	pango_font_description_free(desc);
	char *isolated = isolate_paragraphs(text);
	pango_layout_set_text(layout, isolated, -1);
	g_free(isolated);
	/*
	 * Every paragraph takes the flyer's direction (no auto_dir, which would
	 * flip the alignment of an English paragraph in an Arabic flyer): "start"
	 * is LEFT in a left-to-right flyer and RIGHT in a right-to-left one.
	 */
	int rtl = pango_context_get_base_dir(pango_layout_get_context(layout)) == PANGO_DIRECTION_RTL;
	PangoAlignment start = rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
	PangoAlignment end = rtl ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT;
	pango_layout_set_auto_dir(layout, FALSE);
	pango_layout_set_alignment(layout, e->align == TPL_ALIGN_CENTER ? PANGO_ALIGN_CENTER
	                                   : e->align == TPL_ALIGN_END ? end
	                                                               : start);
	if (e->w > 0) {
		pango_layout_set_width(layout, (int)lround(e->w * PANGO_SCALE));
		/* A word wider than the box breaks between letters rather than sticking out. */
		pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
	}
	if (e->line_spacing != 1)
		pango_layout_set_line_spacing(layout, (float)e->line_spacing);
	if (e->tracking != 0) {
		PangoAttrList *attrs = pango_attr_list_new();
		pango_attr_list_insert(attrs, pango_attr_letter_spacing_new((int)lround(e->tracking * PANGO_SCALE)));
		pango_layout_set_attributes(layout, attrs);
		pango_attr_list_unref(attrs);
	}
	return CAMPAIGN_OK;
}

/* Whether the laid-out text fits: its box's height, and one line when it must not wrap. */
static int
fits(PangoLayout *layout, const struct tpl_elem *e, const struct flyer_elem *fe)
{
	if (e->h > 0 && fe->lh > e->h + 0.01)
		return 0;
	return e->wrap || pango_layout_get_line_count(layout) <= 1;
}

static void
measure(PangoLayout *layout, struct flyer_elem *fe)
{
	PangoRectangle logical;
	pango_layout_get_extents(layout, NULL, &logical);
	fe->lx = logical.x / (double)PANGO_SCALE;
	fe->ly = logical.y / (double)PANGO_SCALE;
	fe->lw = logical.width / (double)PANGO_SCALE;
	fe->lh = logical.height / (double)PANGO_SCALE;
}

int
campaign__layout_text(PangoContext *ctx, const struct tpl_elem *e, struct flyer_elem *fe)
{
	PangoLayout *layout = pango_layout_new(ctx);
	if (!layout)
		return CAMPAIGN_ENOMEM;
	double size = e->font_size;
	int rc = set_up(layout, e, fe->text, size);
	if (rc == CAMPAIGN_OK)
		measure(layout, fe);
	if (rc == CAMPAIGN_OK && e->shrink && !fits(layout, e, fe)) {
		/*
		 * Binary search on the size, in steps of 1/8 pt at most: the largest
		 * size that fits, or TEXT_MIN_PT when none does (the caller reports it).
		 */
		double lo = TEXT_MIN_PT < size ? TEXT_MIN_PT : size, hi = size;
		for (int i = 0; i < 14 && hi - lo > 0.125; i++) {
			double mid = (lo + hi) / 2;
			set_up(layout, e, fe->text, mid);
			measure(layout, fe);
			if (fits(layout, e, fe))
				lo = mid;
			else
				hi = mid;
		}
		size = floor(lo * 8) / 8;
		rc = set_up(layout, e, fe->text, size);
		measure(layout, fe);
	}
	if (rc) {
		g_object_unref(layout);
		return rc;
	}
	fe->lines = pango_layout_get_line_count(layout);
	fe->layout = layout;
	fe->font_size = size;
	fe->dy = 0;
	if (e->h > 0 && fe->lh < e->h) {
		if (e->valign == TPL_VALIGN_MIDDLE)
			fe->dy = (e->h - fe->lh) / 2;
		else if (e->valign == TPL_VALIGN_BOTTOM)
			fe->dy = e->h - fe->lh;
	}
	return CAMPAIGN_OK;
}

void
campaign__rotated_bbox(double x, double y, double ox, double oy, double w, double h, double deg,
                       double box[4])
{
	if (deg == 0) {
		box[0] = x + ox;
		box[1] = y + oy;
		box[2] = x + ox + w;
		box[3] = y + oy + h;
		return;
	}
	double a = deg * M_PI / 180, c = cos(a), s = sin(a);
	double px[4] = { ox, ox + w, ox + w, ox }, py[4] = { oy, oy, oy + h, oy + h };
	box[0] = box[1] = INFINITY;
	box[2] = box[3] = -INFINITY;
	for (int i = 0; i < 4; i++) {
		/* Clockwise on the page, whose y axis points down. */
		double rx = x + px[i] * c - py[i] * s, ry = y + px[i] * s + py[i] * c;
		box[0] = fmin(box[0], rx);
		box[1] = fmin(box[1], ry);
		box[2] = fmax(box[2], rx);
		box[3] = fmax(box[3], ry);
	}
}
