/*
 * The manifest: every placement with its identifiers and files, as
 * manifest.json (jansson, keys in a fixed order) and manifest.csv (RFC 4180),
 * for the CRM and analytics imports. Contract section 4.
 */
#ifndef CAMPAIGN_MANIFEST_H
#define CAMPAIGN_MANIFEST_H

#include "campaign/plan.h"
#include "util/strbuf.h"

/* Paths of a placement's files, relative to the output directory; NULL when absent. */
struct manifest_files {
	const char *pdf;
	const char *png;
	const char *qr_png;
	const char *qr_svg;
};

/* files[i] belongs to placement i of the plan. */
int campaign__manifest_json(struct strbuf *out, const campaign_plan *plan,
                            const struct manifest_files *files);
int campaign__manifest_csv(struct strbuf *out, const campaign_plan *plan,
                           const struct manifest_files *files);

#endif
