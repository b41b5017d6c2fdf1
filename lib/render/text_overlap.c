/* Texts whose letters meet: see text_overlap.h. */
#include "render/text_overlap.h"

#include <math.h>
#include <stdlib.h>

#include "campaign/status.h"

/* A hundredth of a point: rounding, not design (as flyer.c's other overlaps). */
#define EPS 0.01
/* How deep, as a share of the font's size, two lines of one text may touch (lines_meet()). */
#define LINE_TOUCH 0.15

/* The ink of one laid-out text's first copy on the page: a box per cluster, and around them all. */
struct ink {
	double (*boxes)[4];
	int *lines; /* the line each box is on */
	size_t count;
	double all[4];
};

static int
meet(const double a[4], const double b[4], double dx, double dy)
{
	return a[0] < b[2] + dx - EPS && b[0] + dx < a[2] - EPS && a[1] < b[3] + dy - EPS &&
	       b[1] + dy < a[3] - EPS;
}

/*
 * Every cluster's ink box (a letter, or a letter and its marks), as drawn
 * (render.c's draw_text(): at (x, y), turned around it, dy below).
 */
static int
ink_of(const campaign_flyer *f, size_t i, struct ink *out)
{
	const struct tpl_elem *e = &f->t->elems[i];
	const struct flyer_elem *fe = &f->elems[i];
	size_t cap = (size_t)g_utf8_strlen(pango_layout_get_text(fe->layout), -1) + 1;
	*out = (struct ink){ malloc(cap * sizeof(*out->boxes)), malloc(cap * sizeof(*out->lines)), 0,
		             { INFINITY, INFINITY, -INFINITY, -INFINITY } };
	if (!out->boxes || !out->lines)
		return CAMPAIGN_ENOMEM;
	PangoLayoutIter *it = pango_layout_get_iter(fe->layout);
	PangoLayoutLine *last = NULL;
	int line = -1;
	do {
		PangoRectangle r;
		pango_layout_iter_get_cluster_extents(it, &r, NULL);
		PangoLayoutLine *now = pango_layout_iter_get_line_readonly(it);
		line += now != last;
		last = now;
		if (r.width <= 0 || r.height <= 0 || out->count == cap)
			continue; /* a space draws nothing */
		out->lines[out->count] = line;
		double *box = out->boxes[out->count++];
		campaign__rotated_bbox(fe->x, e->y, r.x / (double)PANGO_SCALE,
		                       r.y / (double)PANGO_SCALE + fe->dy, r.width / (double)PANGO_SCALE,
		                       r.height / (double)PANGO_SCALE, e->rotate, box);
		for (int c = 0; c < 2; c++) {
			out->all[c] = fmin(out->all[c], box[c]);
			out->all[c + 2] = fmax(out->all[c + 2], box[c + 2]);
		}
	} while (pango_layout_iter_next_cluster(it));
	pango_layout_iter_free(it);
	return CAMPAIGN_OK;
}

/*
 * Where the ink of all copies of text element i can be, from pango's ink
 * extents of the whole layout (cached by pango, no walk of its clusters):
 * texts whose spans do not meet need no letter-by-letter look.
 */
static void
ink_span(const campaign_flyer *f, size_t i, double span[4])
{
	const struct tpl_elem *e = &f->t->elems[i];
	const struct flyer_elem *fe = &f->elems[i];
	PangoRectangle r;
	pango_layout_get_extents(fe->layout, &r, NULL);
	campaign__rotated_bbox(fe->x, e->y, r.x / (double)PANGO_SCALE, r.y / (double)PANGO_SCALE + fe->dy,
	                       r.width / (double)PANGO_SCALE, r.height / (double)PANGO_SCALE, e->rotate,
	                       span);
	double last_x = (e->repeat - 1) * fe->step_x, last_y = (e->repeat - 1) * e->step_y;
	span[0] += fmin(0, last_x);
	span[2] += fmax(0, last_x);
	span[1] += fmin(0, last_y);
	span[3] += fmax(0, last_y);
}

/* Whether a's letters meet b's moved by (dx, dy); where, into at (pt). */
static int
letters_meet(const struct ink *a, const struct ink *b, double dx, double dy, double at[2])
{
	if (!a->count || !b->count || !meet(a->all, b->all, dx, dy))
		return 0;
	for (size_t p = 0; p < a->count; p++) {
		if (!meet(a->boxes[p], b->all, dx, dy))
			continue;
		for (size_t q = 0; q < b->count; q++)
			if (meet(a->boxes[p], b->boxes[q], dx, dy)) {
				at[0] = (fmax(a->boxes[p][0], b->boxes[q][0] + dx) + fmin(a->boxes[p][2], b->boxes[q][2] + dx)) / 2;
				at[1] = (fmax(a->boxes[p][1], b->boxes[q][1] + dy) + fmin(a->boxes[p][3], b->boxes[q][3] + dy)) / 2;
				return 1;
			}
	}
	return 0;
}

/*
 * Whether two lines of one text print over each other ('line_spacing: 0.5'
 * on a title that wraps) by more than depth pt, both ways: some is left to
 * the designer, since Vietnamese stacked accents over a capital reach into
 * the descenders above at the shipped templates' 0.98 (by about a tenth of
 * the size), and both still read.
 */
static int
lines_meet(const struct ink *a, double depth, double at[2])
{
	for (size_t p = 0; p < a->count; p++)
		for (size_t q = p + 1; q < a->count; q++) {
			const double *u = a->boxes[p], *v = a->boxes[q];
			if (a->lines[p] == a->lines[q] || !meet(u, v, 0, 0) ||
			    fmin(u[3], v[3]) - fmax(u[1], v[1]) <= depth ||
			    fmin(u[2], v[2]) - fmax(u[0], v[0]) <= depth)
				continue;
			at[0] = (fmax(u[0], v[0]) + fmin(u[2], v[2])) / 2;
			at[1] = (fmax(u[1], v[1]) + fmin(u[3], v[3])) / 2;
			return 1;
		}
	return 0;
}

/* Copy k of element i against every copy of element j (its later copies, when j is i). */
static int
against(const campaign_flyer *f, size_t i, const struct ink *a, size_t j, const struct ink *b,
        campaign_diags *diags)
{
	const struct tpl_elem *e = &f->t->elems[i], *o = &f->t->elems[j];
	for (int k = 0; k < e->repeat; k++)
		for (int kk = i == j ? k + 1 : 0; kk < o->repeat; kk++) {
			double dx = kk * f->elems[j].step_x - k * f->elems[i].step_x;
			double dy = kk * o->step_y - k * e->step_y, at[2];
			if (!letters_meet(a, b, dx, dy, at))
				continue;
			/* Where on the page the reader finds it: copy k's place of the first. */
			double x = (at[0] + k * f->elems[i].step_x) * MM_PER_PT, y = (at[1] + k * e->step_y) * MM_PER_PT;
			if (i == j)
				campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, f->t->file,
				                   e->pos.line, e->pos.column,
				                   "copies %d and %d of this text (repeat) print over each other "
				                   "(at %.1fmm, %.1fmm from the top left), so neither is read: make "
				                   "the step larger", k + 1, kk + 1, x, y);
			else
				campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, f->t->file,
				                   o->pos.line, o->pos.column,
				                   "this text prints over the text at line %lu (at %.1fmm, %.1fmm "
				                   "from the top left), so neither is read: move one of them, or "
				                   "keep the first in its box ('height' and 'shrink: true')",
				                   e->pos.line, x, y);
			return CAMPAIGN_EINVALID;
		}
	return CAMPAIGN_OK;
}

int
campaign__check_text_overlap(const campaign_flyer *f, size_t i, campaign_diags *diags)
{
	struct ink a, b;
	const struct tpl_elem *e = &f->t->elems[i];
	double at[2];
	int rc = ink_of(f, i, &a);
	if (rc == CAMPAIGN_OK && lines_meet(&a, f->elems[i].font_size * LINE_TOUCH, at)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, f->t->file, e->pos.line,
		                   e->pos.column,
		                   "the lines of this text print over each other (at %.1fmm, %.1fmm from "
		                   "the top left) at a line spacing of %g: make 'line_spacing' larger",
		                   at[0] * MM_PER_PT, at[1] * MM_PER_PT, e->line_spacing);
		rc = CAMPAIGN_EINVALID;
	}
	if (rc == CAMPAIGN_OK)
		rc = against(f, i, &a, i, &a, diags);
	double span[4], other[4];
	ink_span(f, i, span);
	for (size_t j = i + 1; j < f->t->count && rc == CAMPAIGN_OK; j++) {
		if (f->t->elems[j].kind != TPL_TEXT || !f->elems[j].layout)
			continue;
		/* Most texts are far apart: their clusters are walked only when their inks may meet. */
		ink_span(f, j, other);
		if (!meet(span, other, 0, 0))
			continue;
		rc = ink_of(f, j, &b);
		if (rc == CAMPAIGN_OK)
			rc = against(f, i, &a, j, &b, diags);
		free(b.boxes);
		free(b.lines);
	}
	free(a.boxes);
	free(a.lines);
	return rc;
}
