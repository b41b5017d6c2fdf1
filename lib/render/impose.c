/*
 * The imposer: flyers drawn again as vectors at their places on sheets, one
 * cairo PDF surface for every sheet (so each font is embedded once), the
 * page boxes written by the qpdf pass as for a single flyer.
 */
#include "render/impose.h"

#include <cairo-pdf.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "core/clock.h"
#include "core/options.h"
#include "core/versions.h"
#include "render/cmyk_placeholder.h"
#include "render/flyer.h"
#include "render/impose_layout.h"
#include "render/pdf_boxes.h"
#include "render/render_internal.h"
#include "template/labels.h"
#include "template/template_model.h"

/* Copies one call may ask for: a million flyers is a print run, more is a mistake. */
#define COPIES_MAX 1000000L
/* Identical sheets in one PDF: beyond, the printer repeats the file, not the file its pages. */
#define SHEETS_MAX 10000

struct campaign_imposer {
	campaign_impose_options o;
	char *title;
	struct impose_sheet sheet;
	struct impose_layout *layout;  /* of the flyers being placed, or NULL before the first */
	double laid_w, laid_h, laid_b; /* the trim and bleed the layout is for */
	struct pdf_sink sink;
	cairo_surface_t *surface;      /* made at the first flyer, which may give the title */
	cairo_t *cr;
	struct pdf_boxes *boxes;       /* one per sheet */
	size_t cap;
	long sheets;
	size_t next;                   /* the next free slot of the open sheet */
	int open;                      /* a sheet is being filled */
	int broken;                    /* cairo failed: only free() is left */
};

static void
label_path(cairo_t *cr, double x, double y, const struct label_shape *sh)
{
	double cx = x + sh->w / 2, cy = y + sh->h / 2;
	switch (sh->kind) {
	case LABEL_ROUND:
	case LABEL_CD:
		cairo_new_sub_path(cr);
		cairo_arc(cr, cx, cy, sh->w / 2, 0, 2 * M_PI);
		if (sh->hole > 0) {
			/* The hole is cut out: even-odd leaves it unprinted. */
			cairo_new_sub_path(cr);
			cairo_arc(cr, cx, cy, sh->hole, 0, 2 * M_PI);
			cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
		}
		break;
	case LABEL_ELLIPSE:
		cairo_save(cr);
		cairo_translate(cr, cx, cy);
		cairo_scale(cr, sh->w / 2, sh->h / 2);
		cairo_new_sub_path(cr);
		cairo_arc(cr, 0, 0, 1, 0, 2 * M_PI);
		cairo_restore(cr);
		break;
	default: {
		double r = fmin(sh->radius, fmin(sh->w, sh->h) / 2);
		cairo_new_sub_path(cr);
		cairo_arc(cr, x + sh->w - r, y + r, r, -M_PI / 2, 0);
		cairo_arc(cr, x + sh->w - r, y + sh->h - r, r, 0, M_PI / 2);
		cairo_arc(cr, x + r, y + sh->h - r, r, M_PI / 2, M_PI);
		cairo_arc(cr, x + r, y + r, r, M_PI, 3 * M_PI / 2);
		cairo_close_path(cr);
	}
	}
}

/* The part of the sheet an item may print on: its trim and the bleed its neighbours leave it. */
static void
item_clip(cairo_t *cr, const struct impose_layout *l, const struct impose_slot *s)
{
	cairo_new_path(cr);
	if (l->label.kind != LABEL_NONE) {
		label_path(cr, s->x, s->y, &l->label);
	} else {
		double left = s->col == 0 ? l->bleed_out : l->bleed_in;
		double right = s->col == l->cols - 1 ? l->bleed_out : l->bleed_in;
		double top = s->row == 0 ? l->bleed_out : l->bleed_in;
		double bottom = s->row == l->rows - 1 ? l->bleed_out : l->bleed_in;
		cairo_rectangle(cr, s->x - left, s->y - top, l->box_w + left + right, l->box_h + top + bottom);
	}
	cairo_clip(cr);
}

static int
draw_item(cairo_t *cr, const struct impose_layout *l, const struct impose_slot *s,
          const campaign_flyer *f, campaign_diags *diags)
{
	cairo_save(cr);
	item_clip(cr, l, s);
	/* Centred in its box: a label may be larger than the flyer. */
	double dw = (l->rotated ? l->trim_h : l->trim_w) * l->scale;
	double dh = (l->rotated ? l->trim_w : l->trim_h) * l->scale;
	cairo_translate(cr, s->x + (l->box_w - dw) / 2, s->y + (l->box_h - dh) / 2);
	cairo_scale(cr, l->scale, l->scale);
	if (l->rotated) {
		cairo_translate(cr, l->trim_h, 0);
		cairo_rotate(cr, M_PI / 2);
	}
	int rc = campaign__flyer_draw(cr, f, !l->office, 0, diags);
	cairo_restore(cr);
	return rc;
}

static void
mark(cairo_t *cr, double x0, double y0, double x1, double y1)
{
	cairo_move_to(cr, x0, y0);
	cairo_line_to(cr, x1, y1);
}

/*
 * A cut mark in line with every cut, outside the block of items and its
 * bleed, so none is ever printed on a flyer; one mark where two cuts meet
 * (butt-cut items).
 */
static void
draw_cut_marks(cairo_t *cr, const struct impose_layout *l)
{
	const struct impose_slot *first = &l->slots[0], *last = &l->slots[l->count - 1];
	double top = first->y - l->bleed_out - MARK_OFFSET_PT, bottom = last->y + l->box_h + l->bleed_out + MARK_OFFSET_PT;
	double left = first->x - l->bleed_out - MARK_OFFSET_PT, right = last->x + l->box_w + l->bleed_out + MARK_OFFSET_PT;
	cairo_save(cr);
	campaign__set_source_registration(cr);
	cairo_set_line_width(cr, MARK_WIDTH_PT);
	cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
	double prev = -1;
	for (int c = 0; c < l->cols; c++)
		for (int edge = 0; edge < 2; edge++) {
			double x = l->slots[c].x + edge * l->box_w;
			if (fabs(x - prev) > 0.01) {
				mark(cr, x, top, x, top - MARK_LENGTH_PT);
				mark(cr, x, bottom, x, bottom + MARK_LENGTH_PT);
			}
			prev = x;
		}
	prev = -1;
	for (int r = 0; r < l->rows; r++)
		for (int edge = 0; edge < 2; edge++) {
			double y = l->slots[(size_t)r * (size_t)l->cols].y + edge * l->box_h;
			if (fabs(y - prev) > 0.01) {
				mark(cr, left, y, left - MARK_LENGTH_PT, y);
				mark(cr, right, y, right + MARK_LENGTH_PT, y);
			}
			prev = y;
		}
	cairo_stroke(cr);
	cairo_restore(cr);
}

/* The sheet's TrimBox and BleedBox, PDF's way up: the block of items, or the sheet when nothing is cut. */
static struct pdf_boxes
sheet_boxes(const struct impose_layout *l)
{
	if (!l->marks)
		return (struct pdf_boxes){ 1, { 0, 0, l->sheet_w, l->sheet_h }, { 0, 0, l->sheet_w, l->sheet_h } };
	const struct impose_slot *first = &l->slots[0], *last = &l->slots[l->count - 1];
	double x0 = first->x, x1 = last->x + l->box_w;
	double y0 = l->sheet_h - (last->y + l->box_h), y1 = l->sheet_h - first->y, b = l->bleed_out;
	return (struct pdf_boxes){ 1, { x0, y0, x1, y1 }, { x0 - b, y0 - b, x1 + b, y1 + b } };
}

static int
cairo_ok(campaign_imposer *im, campaign_diags *diags)
{
	int rc = campaign__cairo_status(cairo_status(im->cr), "the sheets' PDF", diags);
	rc = campaign__pdf_sink_explain(&im->sink, rc);
	if (rc)
		im->broken = 1;
	return rc;
}

static int
close_sheet(campaign_imposer *im, campaign_diags *diags)
{
	if (!im->open)
		return CAMPAIGN_OK;
	if ((size_t)im->sheets == im->cap) {
		size_t cap = im->cap ? im->cap * 2 : 16;
		struct pdf_boxes *b = realloc(im->boxes, cap * sizeof(*b));
		if (!b)
			return CAMPAIGN_ENOMEM;
		im->boxes = b;
		im->cap = cap;
	}
	if (im->layout->marks)
		draw_cut_marks(im->cr, im->layout);
	cairo_show_page(im->cr);
	im->open = 0;
	int rc = cairo_ok(im, diags);
	if (rc == CAMPAIGN_OK)
		im->boxes[im->sheets++] = sheet_boxes(im->layout);
	return rc;
}

static int
open_sheet(campaign_imposer *im, const campaign_flyer *f, campaign_diags *diags)
{
	if (!im->surface) {
		const char *title = im->title ? im->title : f->t->name;
		im->surface = campaign__pdf_surface(&im->sink, im->layout->sheet_w, im->layout->sheet_h, title,
		                                    (long long)im->o.now, PDF_COLOUR_PASS);
		im->cr = cairo_create(im->surface);
	}
	cairo_pdf_surface_set_size(im->surface, im->layout->sheet_w, im->layout->sheet_h);
	im->open = 1;
	im->next = 0;
	return cairo_ok(im, diags);
}

/* The layout for f's template, made again only when its size or bleed differs from the last one's. */
static int
layout_for(campaign_imposer *im, const campaign_flyer *f, campaign_diags *diags)
{
	const campaign_template *t = f->t;
	if (im->layout && im->laid_w == t->width && im->laid_h == t->height && im->laid_b == t->bleed)
		return CAMPAIGN_OK;
	struct impose_layout *l = malloc(sizeof(*l));
	if (!l)
		return CAMPAIGN_ENOMEM;
	int rc = campaign__impose_layout(l, &im->sheet, t->width, t->height, t->bleed, diags);
	if (rc == CAMPAIGN_OK)
		rc = close_sheet(im, diags);
	if (rc) {
		free(l);
		return rc;
	}
	free(im->layout);
	im->layout = l;
	im->laid_w = t->width;
	im->laid_h = t->height;
	im->laid_b = t->bleed;
	return CAMPAIGN_OK;
}

int
campaign__imposer_new_in(campaign_imposer **out, const campaign_impose_options *opts,
                         const struct impose_sheet *sheet, int scratch_dirfd, const char *label,
                         campaign_diags *diags)
{
	static const campaign_impose_options defaults = CAMPAIGN_IMPOSE_OPTIONS_INIT;
	*out = NULL;
	campaign_imposer *im = calloc(1, sizeof(*im));
	if (!im)
		return CAMPAIGN_ENOMEM;
	im->sink.fd = -1;
	int rc = CAMPAIGN__OPTIONS_TAKE(&im->o, opts, &defaults, campaign__sizes_impose_options,
	                                "campaign_impose_options", diags);
	if (rc == CAMPAIGN_OK && !campaign__clock_valid(im->o.now)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "the PDF date (now) must be CAMPAIGN_UNSET or from 0 to %lld, not %lld",
		                   (long long)CAMPAIGN_TIME_MAX, (long long)im->o.now);
		rc = CAMPAIGN_EINVALID;
	}
	if (rc == CAMPAIGN_OK && sheet)
		im->sheet = *sheet;
	else if (rc == CAMPAIGN_OK)
		rc = campaign__impose_sheet(&im->sheet, &im->o, diags);
	if (rc == CAMPAIGN_OK && im->o.title && !(im->title = strdup(im->o.title)))
		rc = CAMPAIGN_ENOMEM;
	if (rc == CAMPAIGN_OK && scratch_dirfd >= 0)
		rc = campaign__pdf_sink_init_file(&im->sink, scratch_dirfd, label, diags);
	else if (rc == CAMPAIGN_OK)
		campaign__pdf_sink_init_memory(&im->sink);
	if (rc) {
		campaign_imposer_free(im);
		return rc;
	}
	*out = im;
	return CAMPAIGN_OK;
}

int
campaign_imposer_new(campaign_imposer **out, const campaign_impose_options *opts, campaign_diags *diags)
{
	return campaign__imposer_new_in(out, opts, NULL, -1, NULL, diags);
}

static int
place(campaign_imposer *im, const campaign_flyer *f, campaign_diags *diags)
{
	int rc = CAMPAIGN_OK;
	if (!im->open)
		rc = open_sheet(im, f, diags);
	if (rc == CAMPAIGN_OK)
		rc = draw_item(im->cr, im->layout, &im->layout->slots[im->next++], f, diags);
	if (rc == CAMPAIGN_OK && im->next == im->layout->count)
		rc = close_sheet(im, diags);
	if (rc)
		im->broken = 1;
	return rc;
}

int
campaign_imposer_add(campaign_imposer *im, const campaign_flyer *f, long copies, campaign_diags *diags)
{
	if (im->broken)
		return CAMPAIGN_EIO;
	if (copies != CAMPAIGN_UNSET && (copies < 1 || copies > COPIES_MAX)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "copies must be from 1 to %ld, not %ld", COPIES_MAX, copies);
		return CAMPAIGN_EINVALID;
	}
	int rc = layout_for(im, f, diags);
	if (rc)
		return rc;
	long n = copies;
	if (im->o.mode == CAMPAIGN_IMPOSE_REPEAT) {
		/* Whole sheets of this flyer alone: the last one is filled too, a few overs. */
		size_t per = im->layout->count;
		long want = copies == CAMPAIGN_UNSET ? (long)per : copies;
		size_t sheets = ((size_t)want + per - 1) / per;
		if (sheets > SHEETS_MAX) {
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
			                   "%ld copies, %zu on a sheet, are %zu sheets, more than %d in one PDF: "
			                   "print its sheets more than once", want, per, sheets, SHEETS_MAX);
			return CAMPAIGN_EINVALID;
		}
		n = (long)(sheets * per);
		rc = close_sheet(im, diags);
	} else if (copies == CAMPAIGN_UNSET) {
		n = 1;
	}
	for (long i = 0; i < n && rc == CAMPAIGN_OK; i++)
		rc = place(im, f, diags);
	return rc;
}

long
campaign_imposer_sheets(const campaign_imposer *im)
{
	return im->sheets + (im->open ? 1 : 0);
}

static int
finish(campaign_imposer *im, campaign_buf *out, int out_fd, campaign_diags *diags)
{
	if (im->broken)
		return CAMPAIGN_EIO;
	int rc = close_sheet(im, diags);
	if (rc == CAMPAIGN_OK && !im->surface) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "no flyer to impose: a PDF needs at least one sheet");
		rc = CAMPAIGN_EINVALID;
	}
	if (rc)
		return rc;
	cairo_destroy(im->cr);
	im->cr = NULL;
	cairo_surface_t *s = im->surface;
	im->surface = NULL;
	im->broken = 1; /* only free() may follow */
	struct pdf_finish how = { im->boxes, (size_t)im->sheets, im->sheets > 1, (long long)im->o.now,
	                          im->o.output_profile };
	return campaign__pdf_end_pages(s, &im->sink, &how, out, out_fd, diags);
}

int
campaign_imposer_finish(campaign_buf *out, campaign_imposer *im, campaign_diags *diags)
{
	out->ptr = NULL;
	out->size = 0;
	return finish(im, out, -1, diags);
}

int
campaign__imposer_finish_to(campaign_imposer *im, int out_fd, campaign_diags *diags)
{
	return finish(im, NULL, out_fd, diags);
}

void
campaign_imposer_free(campaign_imposer *im)
{
	if (!im)
		return;
	if (im->cr)
		cairo_destroy(im->cr);
	if (im->surface)
		cairo_surface_destroy(im->surface);
	campaign__pdf_sink_free(&im->sink);
	free(im->layout);
	free(im->boxes);
	free(im->title);
	free(im);
}

int
campaign_impose_options_check(const campaign_impose_options *opts, campaign_diags *diags)
{
	static const campaign_impose_options defaults = CAMPAIGN_IMPOSE_OPTIONS_INIT;
	campaign_impose_options o;
	struct impose_sheet sheet;
	int rc = CAMPAIGN__OPTIONS_TAKE(&o, opts, &defaults, campaign__sizes_impose_options,
	                                "campaign_impose_options", diags);
	o.labels = NULL; /* its sheet is the product's: read when used */
	return rc ? rc : campaign__impose_sheet(&sheet, &o, diags);
}

int
campaign_impose_fit_template(campaign_impose_fit *out, const campaign_template *t,
                             const campaign_impose_options *opts, campaign_diags *diags)
{
	static const campaign_impose_options defaults = CAMPAIGN_IMPOSE_OPTIONS_INIT;
	campaign_impose_options o;
	struct impose_sheet sheet;
	int rc = CAMPAIGN__OPTIONS_TAKE(&o, opts, &defaults, campaign__sizes_impose_options,
	                                "campaign_impose_options", diags);
	if (rc == CAMPAIGN_OK && !campaign__version_known(out->version, CAMPAIGN_IMPOSE_FIT_VERSION)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "campaign_impose_fit version %u is unknown", out->version);
		rc = CAMPAIGN_EINVALID;
	}
	if (rc == CAMPAIGN_OK)
		rc = campaign__impose_sheet(&sheet, &o, diags);
	struct impose_layout *l = rc ? NULL : malloc(sizeof(*l));
	if (rc == CAMPAIGN_OK && !l)
		rc = CAMPAIGN_ENOMEM;
	if (rc == CAMPAIGN_OK)
		rc = campaign__impose_layout(l, &sheet, t->width, t->height, t->bleed, diags);
	if (rc == CAMPAIGN_OK) {
		campaign_impose_fit fit = {
			CAMPAIGN_IMPOSE_FIT_VERSION, sheet.w * MM_PER_PT, sheet.h * MM_PER_PT, l->cols, l->rows,
			(int)l->count, l->rotated, l->scale,
		};
		rc = campaign__struct_give(out, &fit, campaign__sizes_impose_fit, CAMPAIGN_IMPOSE_FIT_VERSION);
	}
	free(l);
	return rc;
}

int
campaign_impose_options_init(campaign_impose_options *opts, unsigned int version)
{
	static const campaign_impose_options init = CAMPAIGN_IMPOSE_OPTIONS_INIT;
	return campaign__struct_init(opts, version, &init, campaign__sizes_impose_options,
	                             CAMPAIGN__VERSIONS(campaign__sizes_impose_options));
}

int
campaign_labels_list(campaign_buf *out, const char *dir, campaign_diags *diags)
{
	out->ptr = NULL;
	out->size = 0;
	return campaign__label_products_list(out, dir ? dir : CAMPAIGN_LABELS_DIR, diags);
}
