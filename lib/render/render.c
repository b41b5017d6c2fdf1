/*
 * Drawing a flyer into a cairo context: shared by the PDF, the PNG (band by
 * band), the proof sheet and campaign_flyer_draw().
 */
#include <math.h>

#include <pango/pangocairo.h>

#include "campaign/qr_cairo.h"
#include "campaign/render_cairo.h"
#include "campaign/status.h"
#include "render/cmyk_placeholder.h"
#include "render/flyer.h"

int
campaign__cairo_status(cairo_status_t status, const char *what, campaign_diags *diags)
{
	if (status == CAIRO_STATUS_SUCCESS)
		return CAMPAIGN_OK;
	if (status == CAIRO_STATUS_NO_MEMORY)
		return CAMPAIGN_ENOMEM;
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, NULL, 0, 0,
	                   "cannot render %s: cairo: %s", what, cairo_status_to_string(status));
	return CAMPAIGN_EIO;
}

static void
set_color(cairo_t *cr, const struct tpl_color *c)
{
	/* cmyk() inks reach the PDF as they are through a placeholder (cmyk_placeholder.h). */
	if (c->cmyk && campaign__colour_pass_ahead(cr)) {
		double rgb[3];
		campaign__cmyk_placeholder(c->ink, rgb);
		cairo_set_source_rgb(cr, rgb[0], rgb[1], rgb[2]);
		return;
	}
	cairo_set_source_rgba(cr, c->r, c->g, c->b, c->a);
}

static void
rounded_rect(cairo_t *cr, double x, double y, double w, double h, double r)
{
	r = fmin(r, fmin(w, h) / 2);
	if (r <= 0) {
		cairo_rectangle(cr, x, y, w, h);
		return;
	}
	cairo_new_sub_path(cr);
	cairo_arc(cr, x + w - r, y + r, r, -M_PI / 2, 0);
	cairo_arc(cr, x + w - r, y + h - r, r, 0, M_PI / 2);
	cairo_arc(cr, x + r, y + h - r, r, M_PI / 2, M_PI);
	cairo_arc(cr, x + r, y + r, r, M_PI, 3 * M_PI / 2);
	cairo_close_path(cr);
}

static void
draw_rect(cairo_t *cr, const campaign_template *t, const struct tpl_elem *e,
          const struct flyer_elem *fe, double x, double y)
{
	double x0 = x, y0 = y, x1 = x + fe->w, y1 = y + fe->h;
	if (e->bleed) {
		/* An edge on (or past) the trim runs out to the end of the bleed. */
		const double eps = 0.01;
		if (x0 <= eps)
			x0 = -t->bleed;
		if (y0 <= eps)
			y0 = -t->bleed;
		if (x1 >= t->width - eps)
			x1 = t->width + t->bleed;
		if (y1 >= t->height - eps)
			y1 = t->height + t->bleed;
	}
	rounded_rect(cr, x0, y0, x1 - x0, y1 - y0, e->radius);
	if (e->has_fill) {
		set_color(cr, &fe->fill);
		if (e->has_stroke)
			cairo_fill_preserve(cr);
		else
			cairo_fill(cr);
	}
	if (e->has_stroke) {
		set_color(cr, &e->stroke);
		cairo_set_line_width(cr, e->stroke_width);
		cairo_stroke(cr);
	}
}

static void
draw_line(cairo_t *cr, const struct tpl_elem *e, const struct flyer_elem *fe, double dx, double dy)
{
	cairo_move_to(cr, fe->x + dx, e->y + dy);
	cairo_line_to(cr, fe->x2 + dx, e->y2 + dy);
	set_color(cr, &e->color);
	cairo_set_line_width(cr, e->stroke_width);
	if (e->dash_on > 0) {
		double dash[2] = { e->dash_on, e->dash_off };
		cairo_set_dash(cr, dash, 2, 0);
	}
	cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
	cairo_stroke(cr);
	cairo_set_dash(cr, NULL, 0, 0);
}

static void
draw_image(cairo_t *cr, const struct tpl_elem *e, const struct flyer_elem *fe, double x)
{
	const struct tpl_image *img = fe->img;
	cairo_save(cr);
	cairo_translate(cr, x, e->y);
	cairo_scale(cr, fe->w / img->width, fe->h / img->height);
	cairo_set_source_surface(cr, fe->image, 0, 0);
	cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
	cairo_rectangle(cr, 0, 0, img->width, img->height);
	cairo_fill(cr);
	cairo_restore(cr);
}

static void
draw_text(cairo_t *cr, const struct tpl_elem *e, const struct flyer_elem *fe, double x, double y)
{
	cairo_save(cr);
	cairo_translate(cr, x, y);
	if (e->rotate != 0)
		cairo_rotate(cr, e->rotate * M_PI / 180);
	cairo_move_to(cr, 0, fe->dy);
	set_color(cr, &fe->color);
	pango_cairo_show_layout(cr, fe->layout);
	cairo_restore(cr);
}

/*
 * On a raster surface, moves the code onto whole device pixels per module,
 * centred in its square, so its edges are crisp and every module is the
 * same width (a scanner reads the widths).
 */
static void
snap_qr(cairo_t *cr, const campaign_qr *qr, double *x, double *y, double *size)
{
	double total = campaign_qr_size(qr) + 2.0 * CAMPAIGN_QR_BORDER_DEFAULT;
	double dx = *x, dy = *y, ds = *size, dz = 0;
	cairo_user_to_device(cr, &dx, &dy);
	cairo_user_to_device_distance(cr, &ds, &dz);
	int module = (int)floor(ds / total);
	/* At a preview resolution whole pixels would shrink the code a lot: leave it smooth. */
	if (module < 1 || module * total < 0.9 * ds)
		return;
	double px = module * total;
	double nx = floor(dx + (ds - px) / 2 + 0.5), ny = floor(dy + (ds - px) / 2 + 0.5);
	cairo_device_to_user(cr, &nx, &ny);
	double pz = 0;
	cairo_device_to_user_distance(cr, &px, &pz);
	*x = nx;
	*y = ny;
	*size = px;
}

static int
draw_qr(cairo_t *cr, const struct tpl_elem *e, const struct flyer_elem *fe, double x, double y,
        int snap, campaign_diags *diags)
{
	double size = e->w;
	cairo_save(cr);
	if (e->rotate != 0) {
		cairo_translate(cr, x, y);
		cairo_rotate(cr, e->rotate * M_PI / 180);
		x = y = 0;
	} else if (snap) {
		snap_qr(cr, fe->qr, &x, &y, &size);
	}
	int rc = campaign_qr_draw(cr, fe->qr, x, y, size, NULL, diags);
	cairo_restore(cr);
	return rc;
}

int
campaign__flyer_draw(cairo_t *cr, const campaign_flyer *f, int bleed, int snap, campaign_diags *diags)
{
	const campaign_template *t = f->t;
	cairo_save(cr);
	double b = bleed ? t->bleed : 0;
	cairo_rectangle(cr, -b, -b, t->width + 2 * b, t->height + 2 * b);
	cairo_clip(cr);
	int rc = CAMPAIGN_OK;
	for (size_t i = 0; i < t->count && rc == CAMPAIGN_OK; i++) {
		const struct tpl_elem *e = &t->elems[i];
		for (int k = 0; k < e->repeat && rc == CAMPAIGN_OK; k++) {
			const struct flyer_elem *fe = &f->elems[i];
			double dx = k * fe->step_x, dy = k * e->step_y, x = fe->x + dx, y = e->y + dy;
			cairo_new_path(cr);
			switch (e->kind) {
			case TPL_TEXT: draw_text(cr, e, fe, x, y); break;
			case TPL_QR: rc = draw_qr(cr, e, fe, x, y, snap, diags); break;
			case TPL_RECT: draw_rect(cr, t, e, fe, x, y); break;
			case TPL_LINE: draw_line(cr, e, fe, dx, dy); break;
			case TPL_IMAGE: draw_image(cr, e, fe, x); break;
			}
		}
	}
	cairo_restore(cr);
	if (rc)
		return rc;
	return campaign__cairo_status(cairo_status(cr), "the flyer", diags);
}

void
campaign__draw_crop_marks(cairo_t *cr, double w, double h, double bleed)
{
	cairo_save(cr);
	campaign__set_source_registration(cr);
	cairo_set_line_width(cr, MARK_WIDTH_PT);
	cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
	/* Marks start beyond the bleed, so a trim a little off never shows them. */
	double a = bleed + MARK_OFFSET_PT, z = a + MARK_LENGTH_PT;
	double xs[2] = { 0, w }, ys[2] = { 0, h };
	for (int i = 0; i < 2; i++) {
		double sx = i ? 1 : -1;
		for (int j = 0; j < 2; j++) {
			double sy = j ? 1 : -1;
			/* Horizontal mark in line with the trim's horizontal edge, and the vertical one. */
			cairo_move_to(cr, xs[i] + sx * a, ys[j]);
			cairo_line_to(cr, xs[i] + sx * z, ys[j]);
			cairo_move_to(cr, xs[i], ys[j] + sy * a);
			cairo_line_to(cr, xs[i], ys[j] + sy * z);
		}
	}
	cairo_stroke(cr);
	cairo_restore(cr);
}

int
campaign_flyer_draw(cairo_t *cr, const campaign_flyer *f, int bleed, campaign_diags *diags)
{
	if (!cr || !f)
		return CAMPAIGN_EINVALID;
	int rc = campaign__cairo_status(cairo_status(cr), "the flyer", diags);
	return rc ? rc : campaign__flyer_draw(cr, f, bleed, 0, diags);
}
