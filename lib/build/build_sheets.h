/*
 * A build's sheets (internal): each placement's flyer imposed step and
 * repeat into sheets/<id>.pdf (as many sheets as its `copies:` need), and
 * the office printer's single flyers. Which templates fit the sheet is
 * decided once, before any flyer is drawn: a template that does not is
 * a warning, and its placements get no sheet.
 */
#ifndef CAMPAIGN_BUILD_SHEETS_H
#define CAMPAIGN_BUILD_SHEETS_H

#include "build/flyer_templates.h"
#include "campaign/build.h"
#include "campaign/impose.h"
#include "campaign/render.h"
#include "render/impose_layout.h"

struct sheet_plan {
	const campaign_impose_options *io; /* the build's, or NULL: no sheets, no office */
	const campaign_output_profile *profile; /* the build's, for every sheet */
	int sheets;                        /* sheets/ is written */
	int office;                        /* flyers/ PDFs are for an office printer */
	unsigned char *fits;               /* per template slot: its flyers go on sheets */
	struct impose_sheet sheet;         /* the sheet, its label product read once */
	campaign_template *tpl;            /* sheet_template, loaded; NULL: each placement's own */
	int tpl_fits;                      /* tpl goes on the sheet */
};

/*
 * The build's imposition options make a sheet (its size, its label
 * product), and its sheet template loads and fits it, checked before
 * anything is written.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID, CAMPAIGN_EMISSING (reported); CAMPAIGN_ENOMEM.
 */
int campaign__sheet_options_check(const campaign_build_options *o, campaign_diags *diags);

/*
 * Decides the above from the build's options (checked already); warns about
 * each template whose flyers do not fit the sheet.
 * @return CAMPAIGN_OK or CAMPAIGN_ENOMEM.
 */
int campaign__sheet_plan_make(struct sheet_plan *sp, const struct flyer_templates *t,
                              const campaign_build_options *o, campaign_diags *diags);
void campaign__sheet_plan_free(struct sheet_plan *sp);

/*
 * Whether this build makes the sheets of every placement, so that sheets/
 * is replaced as a whole (the sheets of a placement gone from the spec go
 * with it); otherwise (--only, a shard, no sheet) the sheets it does not
 * write are carried over.
 */
int campaign__sheets_replace_whole(const campaign_build_options *o);

/* The step-and-repeat sheets of flyer f (copies 0: one sheet), as a PDF. */
int campaign__sheet_render(campaign_buf *out, const struct sheet_plan *sp, const campaign_flyer *f,
                           unsigned long copies, long long now, const char *title,
                           campaign_diags *diags);

/* Flyer f alone for an office printer: its own size, no bleed or marks, inside the margin. */
int campaign__office_render(campaign_buf *out, const struct sheet_plan *sp, const campaign_flyer *f,
                            long long now, const char *title, campaign_diags *diags);

#endif
