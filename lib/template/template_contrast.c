/*
 * Text that cannot be seen: a colour that equals (or nearly) the one under
 * it prints as an empty box, with exit 0. What lies under a text is known
 * from the template alone when it is a filled rect or the paper, so that
 * case is warned about; under an image, or a rect seen through, it is not
 * known, and nothing is said.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>

#include "campaign/diag.h"
#include "campaign/status.h"
#include "template/template_load.h"

/*
 * Below this contrast ratio the text is the colour of its ground, near
 * enough. (WCAG 2 asks 4.5:1 for reading and 3:1 for large text; this only
 * catches the mistake, not a design choice.)
 */
#define CONTRAST_MIN 1.5

/* WCAG 2's relative luminance of an sRGB colour. */
static double
luminance(const struct tpl_color *c)
{
	const double ch[3] = { c->r, c->g, c->b };
	double lin[3];
	for (int i = 0; i < 3; i++)
		lin[i] = ch[i] <= 0.03928 ? ch[i] / 12.92 : pow((ch[i] + 0.055) / 1.055, 2.4);
	return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
}

static double
contrast(const struct tpl_color *a, const struct tpl_color *b)
{
	double la = luminance(a), lb = luminance(b);
	return (fmax(la, lb) + 0.05) / (fmin(la, lb) + 0.05);
}

/* Whether a copy of element e covers the point (x, y). */
static int
covers(const struct tpl_elem *e, double x, double y)
{
	for (int k = 0; k < e->repeat; k++) {
		double x0 = e->x + k * e->step_x, y0 = e->y + k * e->step_y;
		if (x >= x0 && x <= x0 + e->w && y >= y0 && y <= y0 + e->h)
			return 1;
	}
	return 0;
}

/*
 * What text element i is printed on, at its anchor: the fill of the last
 * rect drawn before it there, or the paper. 0 when that is not known.
 */
static int
ground_of(const campaign_template *t, size_t i, struct tpl_color *ground, size_t *under)
{
	const struct tpl_elem *text = &t->elems[i];
	for (size_t j = i; j-- > 0;) {
		const struct tpl_elem *e = &t->elems[j];
		if ((e->kind != TPL_RECT && e->kind != TPL_IMAGE) || !covers(e, text->x, text->y))
			continue;
		if (e->kind == TPL_IMAGE || !e->has_fill || e->fill.a < 1 || e->fill_from)
			return 0;
		*ground = e->fill;
		*under = j;
		return 1;
	}
	*ground = (struct tpl_color){ .r = 1, .g = 1, .b = 1, .a = 1 };
	*under = SIZE_MAX;
	return 1;
}

static void
warn_unseen(const campaign_template *t, const struct tpl_elem *text, const struct tpl_color *ink,
            const struct tpl_color *ground, size_t under, double ratio, campaign_diags *diags)
{
	struct yaml_pos at = text->color_pos.line ? text->color_pos : text->pos;
	char on[96] = "the white paper";
	if (under != SIZE_MAX)
		snprintf(on, sizeof(on), "the fill #%02x%02x%02x of the rect at line %lu",
		         (unsigned)lround(ground->r * 255), (unsigned)lround(ground->g * 255),
		         (unsigned)lround(ground->b * 255), t->elems[under].pos.line);
	char alpha[3] = "";
	if (ink->a < 1)
		snprintf(alpha, sizeof(alpha), "%02x", (unsigned)lround(ink->a * 255));
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, t->file, at.line, at.column,
	                   "the text colour #%02x%02x%02x%s on %s has a contrast of %.2f:1: the text "
	                   "can hardly be seen", (unsigned)lround(ink->r * 255),
	                   (unsigned)lround(ink->g * 255), (unsigned)lround(ink->b * 255), alpha, on,
	                   ratio);
}

void
campaign__tpl_check_contrast(const campaign_template *t, campaign_diags *diags)
{
	for (size_t i = 0; i < t->count; i++) {
		const struct tpl_elem *e = &t->elems[i];
		struct tpl_color ground, ink;
		size_t under;
		/* A row's colour is each row's: unknown here. */
		if (e->kind != TPL_TEXT || e->color_from || !ground_of(t, i, &ground, &under))
			continue;
		/* A translucent colour is seen as its mix with the ground. */
		ink.r = e->color.a * e->color.r + (1 - e->color.a) * ground.r;
		ink.g = e->color.a * e->color.g + (1 - e->color.a) * ground.g;
		ink.b = e->color.a * e->color.b + (1 - e->color.a) * ground.b;
		double ratio = contrast(&ink, &ground);
		if (ratio < CONTRAST_MIN)
			warn_unseen(t, e, &e->color, &ground, under, ratio, diags);
	}
}
