/* The output set replaced as a whole: see output_set.h for the order and what a failure leaves. */
#include "build/output_set.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "campaign/status.h"

static const char *const dir_names[OUTPUT_DIRS] = { "withdrawn", "qr", "flyers", "sheets", "social",
                                                     "captions" };

struct generation *
campaign__output_set_dir(struct output_set *set, const char *name)
{
	for (int i = 0; i < OUTPUT_DIRS; i++)
		if (strcmp(dir_names[i], name) == 0)
			return &set->dirs[i];
	return NULL;
}

void
campaign__output_set_clean(struct outdir *out)
{
	for (int i = 0; i < OUTPUT_DIRS; i++)
		campaign__generation_remove_stale(out->fd, dir_names[i]);
}

int
campaign__output_set_begin(struct output_set *set, struct outdir *out, int keep_qr,
                           campaign_diags *diags)
{
	set->out = out;
	int rc = CAMPAIGN_OK;
	for (int i = 0; i < OUTPUT_DIRS && rc == CAMPAIGN_OK; i++) {
		rc = campaign__generation_begin(&set->dirs[i], out->fd, out->path, dir_names[i],
		                                i == OUTPUT_QR && keep_qr, diags);
		set->begun[i] = 1; /* even when it failed: free removes what it made */
	}
	return rc;
}

void
campaign__output_set_add_file(struct output_set *set, enum output_set_file which,
                              struct atomic_file *f)
{
	set->files[which] = *f;
	set->sealed[which] = 1;
	/* now owned by the set */
	f->tmp[0] = '\0';
	f->own_dirfd = 0;
}

void
campaign__output_set_remove_file(struct output_set *set, enum output_set_file which,
                                 const char *name, const char *why)
{
	set->removed[which] = name;
	set->removed_why[which] = why;
}

/* Last: a kill before it leaves the file, which the next build removes again. */
static void
remove_files(struct output_set *set, campaign_diags *diags)
{
	for (int k = 0; k < OUTPUT_FILES; k++) {
		if (!set->removed[k])
			continue;
		char where[4200];
		snprintf(where, sizeof(where), "%s/%s", set->out->path, set->removed[k]);
		if (unlinkat(set->out->fd, set->removed[k], 0) == 0)
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, where, 0, 0,
			                   "removed: %s", set->removed_why[k]);
		else if (errno != ENOENT)
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, where, 0, 0,
			                   "cannot remove it (%s); remove it by hand: %s", strerror(errno),
			                   set->removed_why[k]);
	}
}

int
campaign__output_set_carry(struct output_set *set, enum output_set_dir which,
                           campaign_diags *diags)
{
	return campaign__generation_carry(&set->dirs[which], diags);
}

/* Flushes everything the new versions hold, once for the whole file system. */
static int
flush(struct output_set *set, campaign_diags *diags)
{
	if (syncfs(set->out->fd) != 0) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, set->out->path, 0, 0,
		                   "cannot flush files to disk: %s", strerror(errno));
		return CAMPAIGN_EIO;
	}
	return CAMPAIGN_OK;
}

/* Exchanges back the directories switched before `failed`; 0 when all went back. */
static int
switch_back(struct output_set *set, int failed)
{
	int rc = 0;
	for (int i = failed - 1; i >= 0; i--)
		if (set->dirs[i].switched == 1 && campaign__generation_unswitch(&set->dirs[i]) != 0)
			rc = -1;
		else if (set->dirs[i].switched)
			rc = -1; /* renamed in or file by file: there is no way back */
	return rc;
}

static void
say_mixed(struct output_set *set, campaign_diags *diags)
{
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_NOTE, CAMPAIGN_OK, set->out->path, 0, 0,
	                   "the output directory now holds part of this build's files and part of "
	                   "the previous one's (each file whole); build again to complete it");
}

int
campaign__output_set_switch(struct output_set *set, campaign_diags *diags)
{
	int rc = flush(set, diags);
	for (int i = 0; i < OUTPUT_DIRS && rc == CAMPAIGN_OK; i++) {
		if (!set->begun[i])
			continue;
		rc = campaign__generation_switch(&set->dirs[i], diags);
		if (rc && (switch_back(set, i) != 0 || set->dirs[i].switched == 3))
			say_mixed(set, diags);
	}
	int renamed = 0;
	for (int k = 0; k < OUTPUT_FILES && rc == CAMPAIGN_OK; k++) {
		if (!set->sealed[k])
			continue;
		rc = campaign__atomic_commit(&set->files[k], diags);
		set->sealed[k] = 0;
		if (rc && (renamed || switch_back(set, OUTPUT_DIRS) != 0))
			say_mixed(set, diags);
		renamed = 1;
	}
	if (rc == CAMPAIGN_OK)
		remove_files(set, diags);
	if (rc == CAMPAIGN_OK)
		rc = campaign__fsync_dir(set->out->fd, ".", set->out->path, diags);
	return rc;
}

void
campaign__output_set_free(struct output_set *set)
{
	for (int k = 0; k < OUTPUT_FILES; k++)
		if (set->sealed[k])
			campaign__atomic_discard(&set->files[k]);
	for (int i = 0; i < OUTPUT_DIRS; i++)
		if (set->begun[i])
			campaign__generation_finish(&set->dirs[i]);
	memset(set, 0, sizeof(*set));
}
