/*
 * The build's output directory: created if missing, opened once, locked
 * against a second build, cleaned of temp files a killed build left, and
 * used only through directory file descriptors, so no file is ever created
 * through a symbolic link planted inside it.
 */
#ifndef CAMPAIGN_OUTDIR_H
#define CAMPAIGN_OUTDIR_H

#include <sys/types.h>

#include "campaign/diag.h"
#include "io/lockfile.h"

/* The folders an open made (mkdir -p), deepest last: each a prefix of the path, and what it was. */
#define OUTDIR_MADE_MAX 16

struct outdir_made {
	size_t len; /* of the prefix of path */
	dev_t dev;
	ino_t ino;
};

struct outdir {
	int fd;
	const char *path; /* borrowed */
	struct lockfile lock;
	struct outdir_made made[OUTDIR_MADE_MAX]; /* more are made but not remembered, so they stay */
	size_t made_count;
};

/* Creates (mkdir -p) and opens path, takes its lock and removes stale temp files. */
int campaign__outdir_open(struct outdir *dir, const char *path, campaign_diags *diags);

/*
 * Whether the subdirectory name of dir could be written into, without
 * creating or changing anything: absent (the directory itself must then be
 * writable), or a real directory (not a symbolic link) that is writable.
 * Reported as the build would report it (io/generation.h).
 */
int campaign__outdir_check_subdir(const struct outdir *dir, const char *name, campaign_diags *diags);

/*
 * Whether the file name (relative to dir, possibly in a subdirectory) could
 * be replaced by a rename: absent, or anything but a directory.
 */
int campaign__outdir_check_file(const struct outdir *dir, const char *name, campaign_diags *diags);

/* 1 when the regular file name exists in dir (symbolic links do not count). */
int campaign__outdir_has_file(const struct outdir *dir, const char *name);

/* Releases the lock and closes the directory. */
void campaign__outdir_close(struct outdir *dir);

/*
 * campaign__outdir_close() after a build that failed: the directories the
 * open created (mkdir -p) go too, deepest first, while they are empty and
 * still the very folders it made (device and inode), so that a build
 * refused on a full disk leaves no new empty folder behind. One that holds
 * anything stays, and so does every folder that was there before, whatever
 * '..' or '.' the path holds.
 */
void campaign__outdir_abandon(struct outdir *dir);

#endif
