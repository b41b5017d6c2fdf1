/*
 * A combined PDF (internal): many flyers as the pages of one file, in the
 * order they are added, each page as its own PDF would be (trim + bleed +
 * room for crop marks, TrimBox and BleedBox), with fonts embedded once for
 * the whole set. The form print shops want for a poster set.
 */
#ifndef CAMPAIGN_PDF_SET_H
#define CAMPAIGN_PDF_SET_H

#include "campaign/render.h"

struct pdf_set;

/*
 * The pages are drawn into a scratch file in scratch_dirfd (a set of
 * thousands of pages is not held in memory); label names the set in a
 * diagnostic; profile: see campaign_output_profile (NULL: none).
 */
int campaign__pdf_set_new(struct pdf_set **out, const char *title, long long now,
                          const campaign_output_profile *profile, int scratch_dirfd,
                          const char *label, campaign_diags *diags);
/* Draws f as the next page; the flyer may be freed afterwards. */
int campaign__pdf_set_add(struct pdf_set *set, const campaign_flyer *f, campaign_diags *diags);
/* Finishes the file (page boxes, dates) into the file open as out_fd. Only _free() may follow. */
int campaign__pdf_set_finish(struct pdf_set *set, int out_fd, campaign_diags *diags);
void campaign__pdf_set_free(struct pdf_set *set);

#endif
