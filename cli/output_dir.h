/*
 * The output directory of `campaign qr --batch`. One that exists is written
 * into file by file, each file atomically. A new one is made under a hidden
 * temporary name beside it (".DIR.tmp.PID.RAND"), written without a temp
 * file and rename per file (campaign_qr_writer_new_private()), and renamed
 * into place at the end: other programs see no directory or a finished one.
 * A run killed on the way leaves the hidden directory behind, never a
 * half-written DIR; the next run into DIR removes it once its process is
 * gone and nothing holds it locked.
 */
#ifndef CAMPAIGN_CLI_OUTPUT_DIR_H
#define CAMPAIGN_CLI_OUTPUT_DIR_H

#include <campaign/campaign.h>

struct output_dir {
	int fd;
	char *tmp; /* the new directory's temporary name, or NULL */
};

/* Opens DIR (`dir` without trailing '/'), or its hidden stand-in; returns the fd or -1 (said on stderr). */
int output_dir_open(const char *dir, struct output_dir *out);

/*
 * Moves a new directory into place (nothing to do for one that existed).
 * Returns a CAMPAIGN_ status, with a diagnostic on failure.
 */
int output_dir_finish(struct output_dir *o, const char *dir, campaign_diags *diags);

/* Removes a new directory that was not moved into place; frees what open kept. */
void output_dir_discard(struct output_dir *o);

#endif
