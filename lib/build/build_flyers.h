/* The flyer stage of campaign_build() (internal). */
#ifndef CAMPAIGN_BUILD_FLYERS_H
#define CAMPAIGN_BUILD_FLYERS_H

#include "campaign/build.h"
#include "io/outdir.h"

struct build_entries;
struct flyer_templates;

struct flyer_job {
	const struct build_entries *entries;
	const struct flyer_templates *templates; /* loaded, and which placements are drawn */
	const campaign_build_options *opts;
	struct outdir *out;            /* NULL: check only, write nothing */
	const char *out_path;
	campaign_diags *diags;
	int proof_only; /* draw the proof sheet, write no flyer files */
	int no_proof;   /* write flyer files, no proof sheet (a shard) */
};

/*
 * Makes the flyer of every placement job->templates draws, from its template (every check of
 * campaign_flyer_new(): overset text, QR module size, safe area...), and,
 * when job->out is set, writes flyers/<id>.pdf and .png as the formats ask,
 * and proof.pdf, a contact sheet of them all.
 * @return CAMPAIGN_OK or the first failure (all reported in diags).
 */
int campaign__build_flyers(const struct flyer_job *job);

#endif
