/*
 * The proof sheet: every flyer of a build as a vector thumbnail with its
 * id, on A4 landscape sheets, for approval at a glance. Each flyer is drawn
 * when it is added and its page is written out when full, so memory holds
 * one sheet, not the whole campaign.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "campaign/status.h"
#include "core/options.h"
#include "core/versions.h"
#include "font/fonts.h"
#include "render/flyer.h"
#include "render/render_internal.h"

#define SHEET_W (297 * PT_PER_MM)
#define SHEET_H (210 * PT_PER_MM)
#define SHEET_MARGIN (10 * PT_PER_MM)
#define HEADER_H (10 * PT_PER_MM)
#define LABEL_H (6 * PT_PER_MM)
#define GAP (6 * PT_PER_MM)

struct campaign_proof {
	struct pdf_sink sink;
	cairo_surface_t *surface;
	cairo_t *cr;
	PangoContext *ctx;
	char *title;
	campaign_proof_options opts;
	int in_sheet;  /* flyers on the current sheet */
	int sheets;
	int finished;
};

static void
show_text(campaign_proof *p, const char *text, const char *font, double x, double y, double w,
          PangoAlignment align)
{
	PangoLayout *layout = pango_layout_new(p->ctx);
	PangoFontDescription *desc = pango_font_description_from_string(font);
	pango_layout_set_font_description(layout, desc);
	pango_font_description_free(desc);
	pango_layout_set_text(layout, text, -1);
	pango_layout_set_width(layout, (int)(w * PANGO_SCALE));
	pango_layout_set_alignment(layout, align);
	pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_MIDDLE);
	cairo_move_to(p->cr, x, y);
	pango_cairo_show_layout(p->cr, layout);
	g_object_unref(layout);
}

static void
start_sheet(campaign_proof *p)
{
	p->sheets++;
	cairo_set_source_rgb(p->cr, 0.1, 0.1, 0.1);
	show_text(p, p->title, "DejaVu Sans Bold 12", SHEET_MARGIN, SHEET_MARGIN,
	          SHEET_W - 2 * SHEET_MARGIN - 60, PANGO_ALIGN_LEFT);
	char page[32];
	snprintf(page, sizeof(page), "%d", p->sheets);
	cairo_set_source_rgb(p->cr, 0.45, 0.45, 0.45);
	show_text(p, page, "DejaVu Sans 9", SHEET_W - SHEET_MARGIN - 60, SHEET_MARGIN + 2, 60,
	          PANGO_ALIGN_RIGHT);
	cairo_set_line_width(p->cr, 0.5);
	cairo_move_to(p->cr, SHEET_MARGIN, SHEET_MARGIN + HEADER_H - 3);
	cairo_line_to(p->cr, SHEET_W - SHEET_MARGIN, SHEET_MARGIN + HEADER_H - 3);
	cairo_stroke(p->cr);
}

/* scratch_dirfd < 0: the PDF is made in memory (the public call); else label names its file. */
static int
proof_new(campaign_proof **out, const campaign_proof_options *opts, int scratch_dirfd,
          const char *label, campaign_diags *diags)
{
	*out = NULL;
	static const campaign_proof_options defaults = CAMPAIGN_PROOF_OPTIONS_INIT;
	campaign_proof_options o;
	if (CAMPAIGN__OPTIONS_TAKE(&o, opts, &defaults, campaign__sizes_proof_options,
	                           "campaign_proof_options", diags))
		return CAMPAIGN_EINVALID;
	if (o.columns < 1 || o.columns > 12 || o.rows < 1 || o.rows > 12) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "proof options: columns and rows must be from 1 to 12, not %d and %d",
		                   o.columns, o.rows);
		return CAMPAIGN_EINVALID;
	}
	campaign_proof *p = calloc(1, sizeof(*p));
	if (!p)
		return CAMPAIGN_ENOMEM;
	p->opts = o;
	p->title = strdup(o.title ? o.title : "Proof");
	p->ctx = campaign__layout_context();
	campaign__pdf_sink_init_memory(&p->sink);
	int rc = !p->title || !p->ctx ? CAMPAIGN_ENOMEM : CAMPAIGN_OK;
	if (rc == CAMPAIGN_OK && scratch_dirfd >= 0)
		rc = campaign__pdf_sink_init_file(&p->sink, scratch_dirfd, label, diags);
	if (rc == CAMPAIGN_OK) {
		/* No date: a proof sheet is the same bytes whatever the clock (the last pass writes none). */
		p->surface = campaign__pdf_surface(&p->sink, SHEET_W, SHEET_H, p->title, -1, PDF_AS_IS);
		p->cr = cairo_create(p->surface);
		rc = campaign__cairo_status(cairo_status(p->cr), "the proof sheet", diags);
	}
	if (rc) {
		campaign_proof_free(p);
		return rc;
	}
	*out = p;
	return CAMPAIGN_OK;
}

int
campaign_proof_new(campaign_proof **out, const campaign_proof_options *opts, campaign_diags *diags)
{
	return proof_new(out, opts, -1, NULL, diags);
}

int
campaign__proof_new_streamed(campaign_proof **out, const campaign_proof_options *opts,
                             int scratch_dirfd, const char *label, campaign_diags *diags)
{
	return proof_new(out, opts, scratch_dirfd, label, diags);
}

int
campaign_proof_add(campaign_proof *p, const campaign_flyer *f, const char *label, campaign_diags *diags)
{
	if (p->finished)
		return CAMPAIGN_EINVALID;
	int per_sheet = p->opts.columns * p->opts.rows;
	if (p->in_sheet == per_sheet) {
		cairo_show_page(p->cr);
		p->in_sheet = 0;
	}
	if (p->in_sheet == 0)
		start_sheet(p);
	int col = p->in_sheet % p->opts.columns, row = p->in_sheet / p->opts.columns;
	double top = SHEET_MARGIN + HEADER_H;
	double cw = (SHEET_W - 2 * SHEET_MARGIN - (p->opts.columns - 1) * GAP) / p->opts.columns;
	double ch = (SHEET_H - top - SHEET_MARGIN - (p->opts.rows - 1) * GAP) / p->opts.rows;
	double cx = SHEET_MARGIN + col * (cw + GAP), cy = top + row * (ch + GAP);
	const campaign_template *t = f->t;
	double scale = fmin(cw / t->width, (ch - LABEL_H) / t->height);
	double tw = t->width * scale, th = t->height * scale;
	double x = cx + (cw - tw) / 2, y = cy + (ch - LABEL_H - th) / 2;
	cairo_t *cr = p->cr;
	/*
	 * Each thumbnail in a group of its own: cairo 1.16 names an SVG's form
	 * in the page's resources once per use, and a logo on every flyer of a
	 * sheet made the same key appear twice there (qpdf --check warns). In
	 * a group it is named once, and still written once in the file.
	 */
	cairo_push_group(cr);
	cairo_save(cr);
	cairo_translate(cr, x, y);
	cairo_scale(cr, scale, scale);
	int rc = campaign__flyer_draw(cr, f, 0, 0, diags);
	cairo_restore(cr);
	cairo_pop_group_to_source(cr);
	cairo_paint(cr);
	/* A hairline frame: white flyers must still show where they end. */
	cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
	cairo_set_line_width(cr, 0.3);
	cairo_rectangle(cr, x, y, tw, th);
	cairo_stroke(cr);
	cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
	char caption[256];
	snprintf(caption, sizeof(caption), "%s · %s", label ? label : "", t->name);
	show_text(p, caption, "DejaVu Sans Mono 7", cx, y + th + 4, cw, PANGO_ALIGN_CENTER);
	p->in_sheet++;
	if (rc == CAMPAIGN_OK)
		rc = campaign__cairo_status(cairo_status(cr), "the proof sheet", diags);
	return campaign__pdf_sink_explain(&p->sink, rc);
}

/* Closes the last sheet and runs the last pass into out, or into out_fd when it is >= 0. */
static int
proof_finish(campaign_proof *p, campaign_buf *out, int out_fd, campaign_diags *diags)
{
	p->finished = 1;
	if (p->sheets == 0) {
		start_sheet(p);
		cairo_set_source_rgb(p->cr, 0.3, 0.3, 0.3);
		show_text(p, "No flyers.", "DejaVu Sans 12", SHEET_MARGIN, SHEET_MARGIN + HEADER_H + 10,
		          SHEET_W - 2 * SHEET_MARGIN, PANGO_ALIGN_LEFT);
	}
	cairo_show_page(p->cr);
	int rc = campaign__cairo_status(cairo_status(p->cr), "the proof sheet", diags);
	rc = campaign__pdf_sink_explain(&p->sink, rc);
	cairo_destroy(p->cr);
	p->cr = NULL;
	cairo_surface_t *s = p->surface;
	p->surface = NULL;
	if (rc) {
		cairo_surface_destroy(s);
		return rc;
	}
	/*
	 * As cairo wrote it: no boxes, no date, and no colour pass. The proof is
	 * for approving on a screen or an office printer, never for a press, and
	 * qpdf holds a whole file's objects while it writes it: at 10,000 flyers
	 * the pass took the proof from 25 MB to 129 MB.
	 */
	return campaign__pdf_end_as_is(s, &p->sink, out, out_fd, diags);
}

int
campaign_proof_finish(campaign_buf *out, campaign_proof *p, campaign_diags *diags)
{
	if (p->finished)
		return CAMPAIGN_EINVALID; /* out untouched: it may hold the first call's PDF */
	out->ptr = NULL;
	out->size = 0;
	return proof_finish(p, out, -1, diags);
}

int
campaign__proof_finish_to(campaign_proof *p, int out_fd, campaign_diags *diags)
{
	if (p->finished)
		return CAMPAIGN_EINVALID;
	return proof_finish(p, NULL, out_fd, diags);
}

void
campaign_proof_free(campaign_proof *p)
{
	if (!p)
		return;
	if (p->cr)
		cairo_destroy(p->cr);
	if (p->surface) {
		cairo_surface_finish(p->surface);
		cairo_surface_destroy(p->surface);
	}
	campaign__pdf_sink_free(&p->sink);
	if (p->ctx)
		g_object_unref(p->ctx);
	free(p->title);
	free(p);
}

int
campaign_proof_options_init(campaign_proof_options *opts, unsigned int version)
{
	static const campaign_proof_options init = CAMPAIGN_PROOF_OPTIONS_INIT;
	return campaign__struct_init(opts, version, &init, campaign__sizes_proof_options, CAMPAIGN__VERSIONS(campaign__sizes_proof_options));
}
