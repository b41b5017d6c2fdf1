/* The flyer stage of campaign_build() (internal). */
#ifndef CAMPAIGN_BUILD_FLYERS_H
#define CAMPAIGN_BUILD_FLYERS_H

#include "campaign/build.h"
#include "io/outdir.h"

struct build_entries;
struct flyer_templates;
struct output_set;

struct flyer_job {
	const struct build_entries *entries;
	const struct flyer_templates *templates; /* loaded, and which placements are drawn */
	const campaign_build_options *opts;
	struct outdir *out;            /* NULL: check only, write nothing */
	const char *out_path;
	/* Where the files go when out is set: the output set's next versions (build/output_set.h). */
	struct output_set *set;        /* takes proof.pdf and the --combine PDF, sealed */
	int flyers_fd;                 /* the next flyers/, a private directory */
	int flyers_current_fd;         /* the flyers/ it replaces, unchanged flyers linked from; -1: none */
	int sheets_fd;                 /* the next sheets/, as flyers_fd (build/build_sheets.h) */
	int sheets_current_fd;         /* the sheets/ it replaces; -1: none */
	int social_fd;                 /* the next social/: images of templates in pixels */
	int social_current_fd;         /* the social/ it replaces; -1: none */
	campaign_diags *diags;
	int proof_only; /* draw the proof sheet, write no flyer files */
	int no_proof;   /* write flyer files, no proof sheet (a shard) */
};

/*
 * Makes the flyer of every placement job->templates draws, from its template (every check of
 * campaign_flyer_new(): overset text, QR module size, safe area...), and,
 * when job->out is set, writes flyers/<id>.pdf and .png as the formats ask
 * into the next flyers/ (social/<id>.png alone for a template in pixels), and proof.pdf, a contact sheet of them all, sealed
 * for the switch of the output set.
 * @return CAMPAIGN_OK or the first failure (all reported in diags).
 */
int campaign__build_flyers(const struct flyer_job *job);

#endif
