/* sheets/ and office flyers of a build: see build_sheets.h. */
#include "build/build_sheets.h"

#include <stdio.h>
#include <stdlib.h>

#include "campaign/status.h"
#include "campaign/template.h"
#include "render/flyer.h"
#include "render/impose.h"
#include "template/template_model.h"

/* The sheet template, loaded, and whether it fits the sheet (a sheet template that does not is an error). */
static int
load_sheet_template(campaign_template **out, const campaign_build_options *o, campaign_diags *diags)
{
	*out = NULL;
	if (!o->sheet_template)
		return CAMPAIGN_OK;
	int rc = campaign_template_open_ext(out, o->sheet_template, o->template_dirs, o->template_load,
	                                    diags);
	campaign_impose_fit fit = { CAMPAIGN_IMPOSE_FIT_VERSION, 0, 0, 0, 0, 0, 0, 0 };
	if (rc == CAMPAIGN_OK)
		rc = campaign_impose_fit_template(&fit, *out, o->impose, diags);
	if (rc) {
		campaign_template_free(*out);
		*out = NULL;
	}
	return rc;
}

int
campaign__sheet_options_check(const campaign_build_options *o, campaign_diags *diags)
{
	if (!o->impose)
		return CAMPAIGN_OK;
	int sheets = o->impose->sheet || o->impose->labels || o->impose->columns;
	if (o->sheet_template && !sheets) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "a sheet template needs a sheet (--sheet or --labels) to go on");
		return CAMPAIGN_EINVALID;
	}
	campaign_imposer *im = NULL;
	int rc = campaign_imposer_new(&im, o->impose, diags);
	campaign_imposer_free(im);
	campaign_template *t = NULL;
	if (rc == CAMPAIGN_OK)
		rc = load_sheet_template(&t, o, diags);
	campaign_template_free(t);
	if (rc == CAMPAIGN_OK && o->combine && o->impose->office && !o->impose->sheet && !o->impose->labels &&
	    !o->impose->columns) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, o->combine, 0, 0,
		                   "--combine for an office printer needs a sheet (--sheet A4): flyers of "
		                   "many sizes make no one page size");
		rc = CAMPAIGN_EINVALID;
	}
	return rc;
}

int
campaign__sheet_plan_make(struct sheet_plan *sp, const struct flyer_templates *t,
                          const campaign_build_options *o, campaign_diags *diags)
{
	sp->io = o->impose;
	sp->profile = o->output_profile;
	sp->sheets = o->impose && (o->impose->sheet || o->impose->labels || o->impose->columns);
	sp->office = o->impose && o->impose->office;
	sp->fits = calloc(t->count + 1, 1);
	if (!sp->fits)
		return CAMPAIGN_ENOMEM;
	/* Checked before the first write: it loads and fits. */
	if (sp->sheets && o->sheet_template) {
		int rc = load_sheet_template(&sp->tpl, o, diags);
		sp->tpl_fits = rc == CAMPAIGN_OK;
		if (rc == CAMPAIGN_OK)
			rc = campaign__impose_sheet(&sp->sheet, o->impose, diags);
		return rc;
	}
	if (!sp->sheets)
		return CAMPAIGN_OK;
	/* On the calling thread, once: the workers never parse a label product. */
	struct impose_layout *l = malloc(sizeof(*l));
	int rc = l ? campaign__impose_sheet(&sp->sheet, o->impose, diags) : CAMPAIGN_ENOMEM;
	for (size_t k = 0; rc == CAMPAIGN_OK && k < t->count; k++) {
		const campaign_template *tpl = t->slots[k].tpl;
		/* An image to post (a page in pixels) is never printed: no sheet, and nothing to warn about. */
		if (!tpl || t->slots[k].failed || tpl->pixel_page)
			continue;
		campaign_diags *why = NULL;
		if (campaign_diags_new(&why)) {
			rc = CAMPAIGN_ENOMEM;
			break;
		}
		sp->fits[k] = campaign__impose_layout(l, &sp->sheet, tpl->width, tpl->height, tpl->bleed, why) ==
		              CAMPAIGN_OK;
		/* The options were checked before the first write: what is left is a template too large. */
		const campaign_diag *d = campaign_diags_count(why) ? campaign_diags_get(why, 0) : NULL;
		if (!sp->fits[k])
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, NULL, 0, 0,
			                   "flyers of template '%s' get no sheet: %s", t->slots[k].name,
			                   d ? d->message : "they do not fit it");
		campaign_diags_free(why);
	}
	free(l);
	return rc;
}

int
campaign__sheets_replace_whole(const campaign_build_options *o)
{
	int sheets = o->impose && (o->impose->sheet || o->impose->labels || o->impose->columns);
	return sheets && !o->only_count && o->shard_count <= 1 && !o->collect && !o->dry_run &&
	       (o->formats & (CAMPAIGN_FORMAT_PDF | CAMPAIGN_FORMAT_PNG));
}

void
campaign__sheet_plan_free(struct sheet_plan *sp)
{
	free(sp->fits);
	sp->fits = NULL;
	campaign_template_free(sp->tpl);
	sp->tpl = NULL;
}

static int
impose_one(campaign_buf *out, const campaign_impose_options *io, const struct impose_sheet *sheet,
           const campaign_flyer *f, long copies, campaign_diags *diags)
{
	campaign_imposer *im = NULL;
	int rc = campaign__imposer_new_in(&im, io, sheet, -1, NULL, diags);
	if (rc == CAMPAIGN_OK)
		rc = campaign_imposer_add(im, f, copies, diags);
	if (rc == CAMPAIGN_OK)
		rc = campaign_imposer_finish(out, im, diags);
	campaign_imposer_free(im);
	return rc;
}

int
campaign__sheet_render(campaign_buf *out, const struct sheet_plan *sp, const campaign_flyer *f,
                       unsigned long copies, long long now, const char *title, campaign_diags *diags)
{
	campaign_impose_options io = *sp->io;
	io.output_profile = sp->profile;
	io.mode = CAMPAIGN_IMPOSE_REPEAT;
	io.now = now;
	io.title = title;
	return impose_one(out, &io, &sp->sheet, f, copies ? (long)copies : CAMPAIGN_UNSET, diags);
}

int
campaign__office_render(campaign_buf *out, const struct sheet_plan *sp, const campaign_flyer *f,
                        long long now, const char *title, campaign_diags *diags)
{
	/* A sheet of the flyer's own trim, 1 x 1: what campaign render --office makes. */
	char trim[64];
	snprintf(trim, sizeof(trim), "%.4fx%.4fmm", f->t->width * MM_PER_PT, f->t->height * MM_PER_PT);
	campaign_impose_options io = *sp->io;
	io.output_profile = sp->profile;
	io.sheet = trim;
	io.labels = NULL;
	io.columns = io.rows = 1;
	io.mode = CAMPAIGN_IMPOSE_REPEAT;
	io.now = now;
	io.title = title;
	return impose_one(out, &io, NULL, f, CAMPAIGN_UNSET, diags);
}
