/*
 * The next generation of one directory of the output set (internal): the
 * whole new `flyers/` is made under a hidden name beside it,
 * `.flyers.new/`, that no other program looks at, and takes the place of
 * the current one in one system call at the end, renameat2() with
 * RENAME_EXCHANGE. Until then the current directory is not touched at all;
 * after it, the current one is gone as a whole. A reader never sees half of
 * each.
 *
 * Lifecycle: begin; write the new files into fd (a private batch, see
 * atomic_file.h, which links the files that did not change); drop the
 * names that must not come along; carry everything else of the current
 * directory over as hard links (cheap: no data is copied); switch; finish.
 * abandon instead of switch, at any point, leaves the current directory as
 * it was and removes the new one.
 *
 * Where RENAME_EXCHANGE is not supported (EINVAL: NFS, some FUSE and older
 * file systems), switch falls back to the behaviour of earlier versions:
 * every file moved into the current directory on its own (each one atomic,
 * the directory as a whole not), then the files that did not come along
 * removed. Where hard links are not supported, the files are copied.
 *
 * Not thread-safe; the caller holds the output directory's lock, so the
 * hidden directory is its own.
 */
#ifndef CAMPAIGN_GENERATION_H
#define CAMPAIGN_GENERATION_H

#include <stddef.h>

#include "campaign/diag.h"
#include "util/str_map.h"

struct generation {
	int parent_fd;    /* borrowed: the directory that holds name */
	char name[64];    /* "flyers" */
	char stage[80];   /* ".flyers.new": the new generation, then (switched) the old one */
	char label[4200]; /* "out/flyers", for diagnostics */
	int current_fd;   /* the directory in place now; -1 when there is none */
	int fd;           /* the new generation, open; -1 before begin and after finish */
	char **dropped;   /* paths relative to the directory not to carry over, sorted by carry */
	size_t dropped_count, dropped_cap;
	struct str_map dropped_index; /* the same paths, to ask about one before the carry */
	int keep_empty;   /* switch in an empty new directory where there was none */
	int made;         /* the hidden directory exists */
	int switched;     /* 1: exchanged, 2: renamed in (there was none), 3: file by file */
};

/*
 * Starts the next generation of parent_fd/name (parent_path names the
 * parent in diagnostics): removes a stale hidden directory a killed build
 * left, and makes a new one with the current directory's permissions.
 * A current `name` that is a symbolic link or not a directory is refused.
 * keep_empty: create `name` even when nothing goes into it.
 */
int campaign__generation_begin(struct generation *g, int parent_fd, const char *parent_path,
                               const char *name, int keep_empty, campaign_diags *diags);

/* The subdirectory `sub` of the new generation (made if needed), open into *fd. */
int campaign__generation_subdir(struct generation *g, const char *sub, int *fd,
                                campaign_diags *diags);

/* Leaves path (relative to the directory: "a.pdf", "flyers/a.pdf") behind when carrying over; once. */
int campaign__generation_drop(struct generation *g, const char *path);

/* Whether path was given to campaign__generation_drop(). */
int campaign__generation_will_drop(const struct generation *g, const char *path);

/*
 * Puts from_fd/name into to_fd/name as a hard link, or a copy where a link
 * cannot be made (another file system): the file stays where it was.
 * label names the file in diagnostics.
 */
int campaign__generation_adopt(int from_fd, const char *name, int to_fd, const char *label,
                               campaign_diags *diags);

/*
 * Carries every entry of the current directory over that the new
 * generation has not got and that was not dropped: files as hard links,
 * directories made and filled the same way.
 */
int campaign__generation_carry(struct generation *g, campaign_diags *diags);

/* Whether the regular file path (relative) is in the new generation. */
int campaign__generation_has(const struct generation *g, const char *path);

/* Whether the new generation holds nothing (or was never begun). */
int campaign__generation_empty(const struct generation *g);

/*
 * Makes the new generation the directory `name`. The new generation must
 * be durable first (the caller flushes the file system once for all of
 * them). On failure nothing has changed, except in the file-by-file
 * fallback, where each file is old or new.
 */
int campaign__generation_switch(struct generation *g, campaign_diags *diags);

/* Undoes a switch that exchanged the directories (a later one failed); 0 or -1. */
int campaign__generation_unswitch(struct generation *g);

/* Removes the hidden directory (after a switch: the old generation) and closes everything. */
void campaign__generation_finish(struct generation *g);

/* Removes parent_fd/.NAME.new, the hidden directory of a build that was killed. */
void campaign__generation_remove_stale(int parent_fd, const char *name);

#endif
