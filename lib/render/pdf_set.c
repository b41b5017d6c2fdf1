#include "render/pdf_set.h"

#include <cairo-pdf.h>
#include <stdlib.h>

#include "campaign/status.h"
#include "render/flyer.h"
#include "render/pdf_boxes.h"
#include "render/render_internal.h"
#include "template/template_model.h"

struct pdf_set {
	struct pdf_sink sink;
	cairo_surface_t *surface;
	cairo_t *cr;
	struct pdf_boxes *boxes; /* one per page */
	size_t pages;
	size_t cap;
	long long now;
	const campaign_output_profile *profile;
};

int
campaign__pdf_set_new(struct pdf_set **out, const char *title, long long now,
                      const campaign_output_profile *profile, int scratch_dirfd, const char *label,
                      campaign_diags *diags)
{
	*out = NULL;
	struct pdf_set *set = calloc(1, sizeof(*set));
	if (!set)
		return CAMPAIGN_ENOMEM;
	set->now = now;
	set->profile = profile;
	int rc = campaign__pdf_sink_init_file(&set->sink, scratch_dirfd, label, diags);
	if (rc == CAMPAIGN_OK) {
		/* Each page sets its own size before anything is drawn on it. */
		set->surface = campaign__pdf_surface(&set->sink, 1, 1, title, now, PDF_COLOUR_PASS);
		set->cr = cairo_create(set->surface);
		rc = campaign__cairo_status(cairo_status(set->cr), "the combined PDF", diags);
	}
	if (rc) {
		campaign__pdf_set_free(set);
		return rc;
	}
	*out = set;
	return CAMPAIGN_OK;
}

int
campaign__pdf_set_add(struct pdf_set *set, const campaign_flyer *f, campaign_diags *diags)
{
	if (set->pages == set->cap) {
		size_t cap = set->cap ? set->cap * 2 : 64;
		struct pdf_boxes *b = realloc(set->boxes, cap * sizeof(*b));
		if (!b)
			return CAMPAIGN_ENOMEM;
		set->boxes = b;
		set->cap = cap;
	}
	const campaign_template *t = f->t;
	/* The same page as campaign_flyer_render() makes for this flyer alone. */
	double m = t->marks ? MARK_ROOM_PT : 0, b = t->bleed;
	double pw = t->width + 2 * (b + m), ph = t->height + 2 * (b + m);
	cairo_pdf_surface_set_size(set->surface, pw, ph);
	cairo_save(set->cr);
	cairo_translate(set->cr, m + b, m + b);
	int rc = campaign__flyer_draw(set->cr, f, 1, 0, diags);
	if (rc == CAMPAIGN_OK && t->marks)
		campaign__draw_crop_marks(set->cr, t->width, t->height, b);
	cairo_restore(set->cr);
	cairo_show_page(set->cr);
	if (rc == CAMPAIGN_OK)
		rc = campaign__cairo_status(cairo_status(set->cr), "the combined PDF", diags);
	rc = campaign__pdf_sink_explain(&set->sink, rc);
	if (rc == CAMPAIGN_OK)
		set->boxes[set->pages++] = (struct pdf_boxes){
			1, { m + b, m + b, pw - m - b, ph - m - b }, { m, m, pw - m, ph - m },
		};
	return rc;
}

int
campaign__pdf_set_finish(struct pdf_set *set, int out_fd, campaign_diags *diags)
{
	cairo_destroy(set->cr);
	set->cr = NULL;
	cairo_surface_t *s = set->surface;
	set->surface = NULL;
	/* pdf_end finishes and destroys the surface and frees the sink. */
	struct pdf_finish how = { set->boxes, set->pages, 1, set->now, set->profile };
	return campaign__pdf_end_pages(s, &set->sink, &how, NULL, out_fd, diags);
}

void
campaign__pdf_set_free(struct pdf_set *set)
{
	if (!set)
		return;
	if (set->cr)
		cairo_destroy(set->cr);
	if (set->surface)
		cairo_surface_destroy(set->surface);
	campaign__pdf_sink_free(&set->sink);
	free(set->boxes);
	free(set);
}
