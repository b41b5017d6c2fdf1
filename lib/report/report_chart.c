/*
 * The report as a picture: one bar per placement, longest first, each bar
 * its responses (visits, calls, posts) stacked, the count at its end and,
 * where the spec has costs, the cost per response in a column of its own.
 * Drawn once with cairo and pango into a PNG (through the product's libpng
 * writer) or an SVG; the words in the campaign's language, and for a
 * language written right to left the whole chart mirrored: labels on the
 * right, bars growing leftwards, the cost column on the left.
 */
#include <cairo-svg.h>
#include <cairo.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "chart_words.h"
#include "font/fonts.h"
#include "ids/money.h"
#include "qr/png_writer.h"
#include "report_cost.h"
#include "report_internal.h"
#include "text/i18n.h"
#include "util/strbuf.h"

#define CHART_WIDTH 1200
#define MARGIN 40
#define TITLE_HEIGHT 64
#define LEGEND_HEIGHT 40
#define BAR_HEIGHT 22
#define ROW_HEIGHT 32
#define LABEL_MAX 380
#define PARTS 3
/* More bars than this is a wall, not a chart: the rest are counted below it. */
#define BARS_MAX 30
#define FONT "DejaVu Sans, sans"

/* Visits, calls, posts: colours that stay apart in gray too. */
static const double part_colour[PARTS][3] = {
	{ 0.17, 0.42, 0.69 }, { 0.87, 0.42, 0.13 }, { 0.22, 0.63, 0.41 } };

struct bar {
	const char *label;
	uint64_t part[PARTS];
	uint64_t total;
	char per_response[48]; /* "29.13 RUB", "–" with nothing to divide, "" without a cost */
	size_t order;          /* the row's place in the report: ties keep it */
};

struct chart {
	cairo_t *cr;
	PangoContext *ctx;
	const struct chart_words *words;
	const char *currency; /* NULL: no cost column */
	int rtl;              /* mirrored: x runs from the right edge */
	int unknown_glyphs;
};

static int
longer_first(const void *a, const void *b)
{
	const struct bar *x = a, *y = b;
	if (x->total != y->total)
		return x->total > y->total ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* phrase with its "{n}" replaced by value (a table's phrase is no format string). */
static void
fill_in(char *out, size_t size, const char *phrase, const char *value)
{
	const char *at = strstr(phrase, "{n}");
	if (!at)
		snprintf(out, size, "%s", phrase);
	else
		snprintf(out, size, "%.*s%s%s", (int)(at - phrase), phrase, value, at + 3);
}

static void
per_response_text(const campaign_report *r, const campaign_report_row *row, struct bar *b)
{
	int digits;
	const char *currency = campaign_report_currency(r, &digits);
	struct report_cost cost = { 0 };
	uint64_t per;
	campaign__report_cost_add(&cost, row);
	if (!currency || !cost.placements) {
		b->per_response[0] = '\0';
	} else if (campaign__report_cost_per(&cost, 0, &per)) {
		/* Paid for, and nobody answered: the bar says 0, the column a dash. */
		snprintf(b->per_response, sizeof(b->per_response), "\u2013");
	} else {
		char amount[32];
		campaign__money_format(amount, sizeof(amount), per, digits);
		snprintf(b->per_response, sizeof(b->per_response), "%s %s", amount, currency);
	}
}

/*
 * The bars to draw, longest first: every row with a response, and every
 * placement that cost something and brought nothing (its empty bar is the
 * point).
 */
static size_t
collect_bars(const campaign_report *r, const struct chart_words *words, struct bar *bars,
             char labels[][160])
{
	size_t n = 0;
	for (size_t i = 0; i < campaign_report_row_count(r); i++) {
		const campaign_report_row *row = campaign_report_row_get(r, i);
		const campaign_report_counts *c = &row->counts;
		struct bar b = { NULL, { c->visits, c->calls, c->posts }, 0, "", i };
		b.total = campaign__report_responses(c);
		if (b.total == 0 && row->cost <= 0)
			continue;
		if (row->placement)
			snprintf(labels[n], 160, "%s", row->placement);
		else
			fill_in(labels[n], 160, words->shared, row->event ? row->event : "campaign");
		b.label = labels[n];
		per_response_text(r, row, &b);
		bars[n++] = b;
	}
	qsort(bars, n, sizeof(*bars), longer_first);
	return n;
}

/* A layout of s in the chart's face, size pixels, bold or not, cut in the middle past max_width. */
static PangoLayout *
new_layout(struct chart *c, const char *s, double size, int bold, double max_width)
{
	PangoLayout *layout = pango_layout_new(c->ctx);
	PangoFontDescription *desc = pango_font_description_from_string(FONT);
	pango_font_description_set_absolute_size(desc, size * PANGO_SCALE);
	pango_font_description_set_weight(desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	pango_layout_set_font_description(layout, desc);
	pango_font_description_free(desc);
	pango_layout_set_text(layout, s, -1);
	if (max_width > 0) {
		pango_layout_set_width(layout, (int)(max_width * PANGO_SCALE));
		pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_MIDDLE);
	}
	return layout;
}

/* Where a box from x, w wide, in the chart's reading order, lies on the page. */
static double
page_x(const struct chart *c, double x, double w)
{
	return c->rtl ? CHART_WIDTH - x - w : x;
}

static void
box(struct chart *c, double x, double y, double w, double h)
{
	cairo_rectangle(c->cr, page_x(c, x, w), y, w, h);
	cairo_fill(c->cr);
}

/*
 * Text at y (its top), starting at x in reading order, or ending there when
 * `end`; in a mirrored chart both count from the right edge. Returns its width.
 */
static double
text(struct chart *c, const char *s, double x, double y, double size, int bold, int end,
     double max_width)
{
	PangoLayout *layout = new_layout(c, s, size, bold, max_width);
	/* A glyph that did not render is a box on the chart: counted, and an error. */
	c->unknown_glyphs += pango_layout_get_unknown_glyphs_count(layout);
	PangoRectangle ink, logical;
	pango_layout_get_pixel_extents(layout, &ink, &logical);
	double start = end ? x - logical.width : x;
	/* pango places a right-to-left line at the right of a set width: undo, then place. */
	cairo_move_to(c->cr, page_x(c, start, logical.width) - logical.x, y);
	pango_cairo_update_layout(c->cr, layout);
	pango_cairo_show_layout(c->cr, layout);
	g_object_unref(layout);
	return logical.width;
}

/* The widest of some texts, at most `most`. */
static double
widest(struct chart *c, const struct bar *bars, size_t n, int per_response, double size,
       double most)
{
	double w = 0;
	for (size_t i = 0; i < n; i++) {
		PangoLayout *layout = new_layout(c, per_response ? bars[i].per_response : bars[i].label,
		                                 size, 0, 0);
		int lw, lh;
		pango_layout_get_pixel_size(layout, &lw, &lh);
		g_object_unref(layout);
		w = lw > w ? lw : w;
	}
	return w < most ? w : most;
}

static void
draw_legend(struct chart *c, double y, double cost_end, const char *cost_head)
{
	double x = MARGIN;
	for (int k = 0; k < PARTS; k++) {
		cairo_set_source_rgb(c->cr, part_colour[k][0], part_colour[k][1], part_colour[k][2]);
		box(c, x, y + 3, 14, 14);
		cairo_set_source_rgb(c->cr, 0.1, 0.1, 0.12);
		x += 22 + text(c, c->words->legend[k], x + 20, y, 14, 0, 0, 0) + 24;
	}
	if (cost_head) {
		cairo_set_source_rgb(c->cr, 0.35, 0.35, 0.4);
		text(c, cost_head, cost_end, y, 14, 0, 1, 0);
	}
}

static void
draw(struct chart *c, const struct bar *bars, size_t n, size_t shown, const char *title, int height)
{
	cairo_set_source_rgb(c->cr, 1, 1, 1);
	cairo_paint(c->cr);
	cairo_set_source_rgb(c->cr, 0.1, 0.1, 0.12);
	text(c, c->words->title, MARGIN, MARGIN - 16, 26, 1, 0, CHART_WIDTH - 2 * MARGIN);
	if (title && *title) {
		cairo_set_source_rgb(c->cr, 0.35, 0.35, 0.4);
		text(c, title, MARGIN, MARGIN + 18, 15, 0, 0, CHART_WIDTH - 2 * MARGIN);
	}
	double top = MARGIN + TITLE_HEIGHT;
	if (n == 0) {
		cairo_set_source_rgb(c->cr, 0.35, 0.35, 0.4);
		text(c, c->words->none, MARGIN, top + 10, 18, 0, 0, 0);
		return;
	}
	char cost_head[160];
	if (c->currency)
		fill_in(cost_head, sizeof(cost_head), c->words->per_response, c->currency);
	double cost_end = CHART_WIDTH - MARGIN;
	double cost_width = c->currency ? widest(c, bars, shown, 1, 14, 200) + 32 : 0;
	draw_legend(c, top, cost_end, c->currency ? cost_head : NULL);
	top += LEGEND_HEIGHT;
	double labels = widest(c, bars, shown, 0, 14, LABEL_MAX);
	double x0 = MARGIN + labels + 16, x1 = CHART_WIDTH - MARGIN - 70 - cost_width;
	uint64_t most = bars[0].total ? bars[0].total : 1;
	for (size_t i = 0; i < shown; i++) {
		double y = top + (double)i * ROW_HEIGHT;
		if (c->currency && i % 2 == 0) {
			/* A faint band carries the eye from a bar to its cost across the gap. */
			cairo_set_source_rgb(c->cr, 0.96, 0.96, 0.97);
			box(c, MARGIN - 8, y - 4, CHART_WIDTH - 2 * MARGIN + 16, ROW_HEIGHT - 2);
		}
		cairo_set_source_rgb(c->cr, 0.1, 0.1, 0.12);
		text(c, bars[i].label, MARGIN, y + 2, 14, 0, 0, labels);
		double x = x0;
		for (int k = 0; k < PARTS; k++) {
			double w = (x1 - x0) * (double)bars[i].part[k] / (double)most;
			/* A part of one call beside a thousand visits is still seen. */
			if (bars[i].part[k] > 0 && w < 3)
				w = 3;
			cairo_set_source_rgb(c->cr, part_colour[k][0], part_colour[k][1], part_colour[k][2]);
			box(c, x, y, w, BAR_HEIGHT);
			x += w;
		}
		char total[32];
		snprintf(total, sizeof(total), "%llu", (unsigned long long)bars[i].total);
		cairo_set_source_rgb(c->cr, 0.1, 0.1, 0.12);
		text(c, total, x + 8, y + 2, 14, 1, 0, 0);
		if (bars[i].per_response[0])
			text(c, bars[i].per_response, cost_end, y + 2, 14, 0, 1, 0);
	}
	if (shown < n) {
		char more[200], count[32];
		snprintf(count, sizeof(count), "%zu", n - shown);
		fill_in(more, sizeof(more), c->words->more, count);
		cairo_set_source_rgb(c->cr, 0.35, 0.35, 0.4);
		text(c, more, x0, height - MARGIN - 8, 14, 0, 0, 0);
	}
}

static cairo_status_t
append(void *closure, const unsigned char *data, unsigned int length)
{
	return campaign__strbuf_add(closure, data, length) ? CAIRO_STATUS_NO_MEMORY
	                                                   : CAIRO_STATUS_SUCCESS;
}

static int
png_of(cairo_surface_t *s, int height, struct strbuf *out, campaign_diags *diags)
{
	struct png_writer_format f = { CHART_WIDTH, height, PNG_WRITER_CAIRO_RGB, 96, 1, 6,
		                       PNG_WRITER_FILTERED, 6, "the report's chart" };
	struct png_writer *w = NULL;
	cairo_surface_flush(s);
	int rc = campaign__png_writer_new(&w, out, &f, diags);
	if (rc == CAMPAIGN_OK)
		rc = campaign__png_writer_rows(w, cairo_image_surface_get_data(s),
		                               (size_t)cairo_image_surface_get_stride(s), height);
	if (rc == CAMPAIGN_OK)
		rc = campaign__png_writer_end(w);
	campaign__png_writer_free(w);
	return rc;
}

CAMPAIGN_API int
campaign_report_chart(campaign_buf *out, const campaign_report *r, campaign_chart_format format,
                      const char *title, const char *language, campaign_diags *diags)
{
	if (!out || !r || (format != CAMPAIGN_CHART_PNG && format != CAMPAIGN_CHART_SVG)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "campaign_report_chart: a report, an output and PNG or SVG are needed");
		return CAMPAIGN_EINVALID;
	}
	size_t rows = campaign_report_row_count(r);
	struct bar *bars = calloc(rows ? rows : 1, sizeof(*bars));
	char (*labels)[160] = calloc(rows ? rows : 1, sizeof(*labels));
	struct chart c = { .words = campaign__chart_words(language),
		           .ctx = campaign__layout_context(),
		           .currency = campaign_report_currency(r, NULL),
		           .rtl = campaign__i18n_rtl(language) };
	int rc = bars && labels && c.ctx ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
	size_t n = rc ? 0 : collect_bars(r, c.words, bars, labels);
	size_t shown = n < BARS_MAX ? n : BARS_MAX;
	int height = MARGIN + TITLE_HEIGHT + (n ? LEGEND_HEIGHT : 40) + (int)shown * ROW_HEIGHT +
	             (shown < n ? 36 : 0) + MARGIN;
	struct strbuf buf;
	campaign__strbuf_init(&buf, 0);
	cairo_surface_t *s = NULL;
	if (rc == CAMPAIGN_OK)
		s = format == CAMPAIGN_CHART_PNG
		            ? cairo_image_surface_create(CAIRO_FORMAT_RGB24, CHART_WIDTH, height)
		            : cairo_svg_surface_create_for_stream(append, &buf, CHART_WIDTH, height);
	if (s && cairo_surface_status(s) == CAIRO_STATUS_SUCCESS) {
		c.cr = cairo_create(s);
		draw(&c, bars, n, shown, title, height);
		if (cairo_status(c.cr) != CAIRO_STATUS_SUCCESS)
			rc = CAMPAIGN_ENOMEM;
		cairo_destroy(c.cr);
		if (rc == CAMPAIGN_OK && format == CAMPAIGN_CHART_PNG)
			rc = png_of(s, height, &buf, diags);
		cairo_surface_finish(s);
		if (rc == CAMPAIGN_OK && cairo_surface_status(s) != CAIRO_STATUS_SUCCESS)
			rc = CAMPAIGN_ENOMEM;
	} else if (rc == CAMPAIGN_OK) {
		rc = CAMPAIGN_ENOMEM;
	}
	cairo_surface_destroy(s);
	if (rc == CAMPAIGN_OK && c.unknown_glyphs) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EMISSING, NULL, 0, 0,
		                   "the chart has %d characters no installed font can draw (a font "
		                   "for the campaign's language is missing)", c.unknown_glyphs);
		rc = CAMPAIGN_EMISSING;
	}
	if (rc == CAMPAIGN_OK)
		rc = buf.status ? buf.status : campaign__strbuf_to_buf(&buf, out);
	else
		campaign__strbuf_free(&buf);
	if (c.ctx)
		g_object_unref(c.ctx);
	free(bars);
	free(labels);
	if (rc == CAMPAIGN_ENOMEM)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_ENOMEM, NULL, 0, 0,
		                   "out of memory drawing the report's chart");
	return rc;
}
