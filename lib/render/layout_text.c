/*
 * Text layout with pango: wrapping, alignment (start is right in a
 * right-to-left paragraph), line spacing, tracking, shrink-to-fit and
 * grow-to-fill, with lines broken at spaces rather than after a hyphen
 * ("Clean-" / "up day") or inside a word, as long as a size allows it.
 * User text only ever goes through pango_layout_set_text(), never markup
 * (a stray '&' in markup renders nothing; <span size=...> grows any box).
 */
#include <math.h>
#include <string.h>

#include <fribidi.h>
#include <pango/pangocairo.h>

#include "campaign/status.h"
#include "font/fonts.h"
#include "render/flyer.h"

/* U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, in UTF-8. */
#define FSI "\xe2\x81\xa8"
#define PDI "\xe2\x81\xa9"

/* The paragraph's direction by its first strong letter: 1 right-to-left, 0 left-to-right, -1 none. */
static int
paragraph_rtl(const char *p, const char *end)
{
	for (; p < end; p = g_utf8_next_char(p)) {
		FriBidiCharType type = fribidi_get_bidi_type(g_utf8_get_char(p));
		/* Letters only: explicit embedding marks do not decide it (UAX #9, P2). */
		if (FRIBIDI_IS_LETTER(type))
			return FRIBIDI_IS_RTL(type) ? 1 : 0;
	}
	return -1;
}

/*
 * Where the paragraph starting at p ends, and how long its separator is:
 * '\n' or U+2029 (flyer.c has already turned '\r' and the other control
 * characters into spaces).
 */
static const char *
paragraph_end(const char *p, size_t *sep)
{
	for (; *p; p++) {
		*sep = *p == '\n' ? 1 : strncmp(p, "\xe2\x80\xa9", 3) == 0 ? 3 : 0;
		if (*sep)
			return p;
	}
	*sep = 0;
	return p;
}

/*
 * The text for a layout in the flyer's direction: each paragraph written in
 * the other one (English in an Arabic flyer) goes into a first-strong
 * isolate (U+2068 ... U+2069, UAX #9), so it lines up with the rest while
 * its text still runs its own way ("Rally 2026!" keeps its "!" at the end).
 * Text in the flyer's own direction is left as it is. Free with g_free()
 * (GLib aborts when it runs out of memory).
 */
static char *
isolate_paragraphs(const char *text, int rtl)
{
	GString *out = g_string_sized_new(strlen(text) + 16);
	for (const char *p = text;;) {
		size_t sep;
		const char *end = paragraph_end(p, &sep);
		int other = paragraph_rtl(p, end) == !rtl;
		if (other)
			g_string_append(out, FSI);
		g_string_append_len(out, p, end - p);
		if (other)
			g_string_append(out, PDI);
		if (!sep)
			break;
		g_string_append_len(out, end, (gssize)sep);
		p = end + sep;
	}
	return g_string_free(out, FALSE);
}

/*
 * Letter spacing on the text between the isolates (U+2066 to U+2069: ours,
 * and flyer.c's around numbers), not on them: pango spaces an invisible
 * isolate like a letter, a whole step off the box's edge. Half a step stays (pango trims the outer half only at a line's
 * ends, and the isolate is there), so tracked English in an Arabic flyer
 * ends half its tracking short of the right edge.
 */
static void
track_text(PangoLayout *layout, int spacing)
{
	PangoAttrList *attrs = pango_attr_list_new();
	const char *text = pango_layout_get_text(layout);
	size_t start = 0, len = strlen(text);
	for (size_t i = 0; i <= len; i++) {
		int mark = i + 3 <= len && memcmp(text + i, "\xe2\x81", 2) == 0 &&
		           (unsigned char)text[i + 2] >= 0xa6 && (unsigned char)text[i + 2] <= 0xa9;
		if (!mark && i < len)
			continue;
		if (i > start) {
			PangoAttribute *a = pango_attr_letter_spacing_new(spacing);
			a->start_index = (guint)start;
			a->end_index = (guint)i;
			pango_attr_list_insert(attrs, a);
		}
		start = i + 3;
		i += 2;
	}
	pango_layout_set_attributes(layout, attrs);
	pango_attr_list_unref(attrs);
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
	/*
	 * Every paragraph takes the flyer's direction (no auto_dir, which would
	 * flip the alignment of an English paragraph in an Arabic flyer): "start"
	 * is LEFT in a left-to-right flyer and RIGHT in a right-to-left one.
	 */
	int rtl = pango_context_get_base_dir(pango_layout_get_context(layout)) == PANGO_DIRECTION_RTL;
	pango_layout_set_text(layout, text, -1);
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
	if (e->tracking != 0)
		track_text(layout, (int)lround(e->tracking * PANGO_SCALE));
	return CAMPAIGN_OK;
}

/* Where pango broke the lines, from the best to the worst for a reader. */
enum breaks {
	BREAKS_AT_SPACES, /* or none */
	BREAKS_AT_HYPHENS, /* after a hyphen inside a word */
	BREAKS_ANYWHERE,   /* between letters: a word wider than the box */
};

/* The worst line break of the layout. */
static enum breaks
worst_break(PangoLayout *layout)
{
	const char *text = pango_layout_get_text(layout);
	int n = 0;
	const PangoLogAttr *attrs = pango_layout_get_log_attrs_readonly(layout, &n);
	enum breaks worst = BREAKS_AT_SPACES;
	PangoLayoutIter *it = pango_layout_get_iter(layout);
	while (pango_layout_iter_next_line(it)) {
		/* The line's own start: the iterator's index is the first in visual order, its end when right to left. */
		const char *start = text + pango_layout_iter_get_line_readonly(it)->start_index;
		long at = g_utf8_pointer_to_offset(text, start);
		if (at <= 0 || at >= n || attrs[at].is_mandatory_break)
			continue;
		gunichar before = g_utf8_get_char(g_utf8_prev_char(start));
		if (!attrs[at].is_line_break)
			worst = BREAKS_ANYWHERE;
		else if (!attrs[at - 1].is_white && (before == '-' || before == 0x2010) && worst < BREAKS_AT_HYPHENS)
			worst = BREAKS_AT_HYPHENS;
	}
	pango_layout_iter_free(it);
	return worst;
}

/*
 * Whether the laid-out text fits: its box's height, one line when it must
 * not wrap, and lines broken no worse than `allowed`.
 */
static int
fits(PangoLayout *layout, const struct tpl_elem *e, const struct flyer_elem *fe, enum breaks allowed)
{
	if (e->h > 0 && fe->lh > e->h + 0.01)
		return 0;
	if (!e->wrap)
		return pango_layout_get_line_count(layout) <= 1;
	return allowed == BREAKS_ANYWHERE || worst_break(layout) <= allowed;
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

/*
 * Binary search on the size between lo and hi, in steps of 1/8 pt at most:
 * the largest that fits with breaks no worse than allowed, or lo.
 */
static double
largest_fitting(PangoLayout *layout, const struct tpl_elem *e, struct flyer_elem *fe,
                const char *text, double lo, double hi, enum breaks allowed)
{
	set_up(layout, e, text, hi);
	measure(layout, fe);
	if (fits(layout, e, fe, allowed))
		return hi;
	const double least = lo; /* the result is rounded down to 1/8 pt, but never below lo */
	for (int i = 0; i < 16 && hi - lo > 0.125; i++) {
		double mid = (lo + hi) / 2;
		set_up(layout, e, text, mid);
		measure(layout, fe);
		if (fits(layout, e, fe, allowed))
			lo = mid;
		else
			hi = mid;
	}
	return fmax(floor(lo * 8) / 8, least);
}

int
campaign__layout_text(PangoContext *ctx, const struct tpl_elem *e, struct flyer_elem *fe,
                      double least)
{
	PangoLayout *layout = pango_layout_new(ctx);
	if (!layout)
		return CAMPAIGN_ENOMEM;
	/* Once, not at every step of the shrink search below. */
	char *text = isolate_paragraphs(fe->text, pango_context_get_base_dir(ctx) == PANGO_DIRECTION_RTL);
	double size = e->font_size;
	int rc = set_up(layout, e, text, size);
	if (rc == CAMPAIGN_OK)
		measure(layout, fe);
	/* Whether the searches below left the layout at another size than the one chosen. */
	int searched = 0;
	if (rc == CAMPAIGN_OK && e->max_size > size && fits(layout, e, fe, BREAKS_AT_SPACES)) {
		/* A short title fills its band: as large as it fits, words whole. */
		size = largest_fitting(layout, e, fe, text, size, e->max_size, BREAKS_AT_SPACES);
		searched = 1;
	} else if (rc == CAMPAIGN_OK && e->shrink && !fits(layout, e, fe, BREAKS_AT_SPACES)) {
		/*
		 * The largest size with lines broken at spaces; where none is, with
		 * a break after a hyphen; where none is, between letters; else
		 * least, too large (the caller reports it).
		 */
		double lo = least < size ? least : size;
		enum breaks allowed = BREAKS_AT_SPACES;
		for (; allowed < BREAKS_ANYWHERE; allowed++) {
			set_up(layout, e, text, lo);
			measure(layout, fe);
			if (fits(layout, e, fe, allowed))
				break;
		}
		size = largest_fitting(layout, e, fe, text, lo, size, allowed);
		searched = 1;
	}
	/* A text that fits at its own size (most of them) is laid out once, on every flyer. */
	if (rc == CAMPAIGN_OK && searched) {
		rc = set_up(layout, e, text, size);
		measure(layout, fe);
	}
	g_free(text);
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
