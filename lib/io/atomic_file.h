/*
 * Crash-safe file writing: a file appears complete or not at all, and an
 * older file of the same name stays untouched until the new one is durable.
 *
 * The recipe: write `.NAME.tmp.PID.RAND` in the same directory (created with
 * O_CREAT|O_EXCL|O_NOFOLLOW|O_CLOEXEC, so it never follows or reuses anything
 * an attacker or a crashed run left there), loop over short writes and EINTR,
 * make it durable, close (checked), renameat over the final name. On any
 * error the temp file is unlinked and the old file is left as it was.
 *
 * Every failure is reported as one CAMPAIGN_EIO diagnostic naming the file
 * and the system's reason (or CAMPAIGN_ENOMEM, CAMPAIGN_EINVALID for a bad
 * name), and the same status is returned.
 *
 * Directories: a rename is durable only once its directory is fsync'ed. The
 * single-file call leaves that to the caller (one campaign__fsync_dir() per
 * directory after a group of files); the batch does it.
 *
 * Thread-safety: the single-file calls are safe from any thread; a batch
 * must be used by one thread at a time.
 */
#ifndef CAMPAIGN_UTIL_ATOMIC_FILE_H
#define CAMPAIGN_UTIL_ATOMIC_FILE_H

#include <stddef.h>

#include "campaign/diag.h"

/*
 * Writes `len` bytes of `data` to `name`, relative to `dirfd` (AT_FDCWD for
 * the working directory). `name` may contain directories ("out/qr/a.png");
 * the temp file is made in the final file's directory, which must exist.
 * The data is fsync'ed before the rename; the directory is not.
 */
int campaign__atomic_write(int dirfd, const char *name, const void *data, size_t len,
                           campaign_diags *diags);

/* Writes all of data to fd, over short writes and EINTR: 0, or the errno. */
int campaign__write_all(int fd, const void *data, size_t len);

/*
 * A scratch file for data too big to hold in memory (the proof sheet of ten
 * thousand flyers before its last pass): open for reading and writing, in
 * dirfd so that it sits on the output's file system and not in a RAM-backed
 * /tmp, and without a name (O_TMPFILE, or unlinked at once), so a killed
 * build leaves nothing behind. Returns the descriptor, or -1 with errno set.
 */
int campaign__scratch_open(int dirfd);

/*
 * The same recipe for a file written by someone else (qpdf writing the
 * combined PDF): open makes the temp file, whose descriptor f->fd the
 * writer fills; commit makes it durable and renames it into place; discard
 * removes it. Either commit or discard must follow a successful open, and
 * both release everything, whatever the outcome.
 */
struct atomic_file {
	int fd;          /* the temp file, open for writing */
	int dirfd;       /* its directory */
	int own_dirfd;   /* dirfd was opened here (name had a directory part) */
	const char *name; /* borrowed, for diagnostics */
	const char *base; /* the final name within dirfd (points into name) */
	char tmp[256];   /* the temp file's name within dirfd, "" when none */
	int sealed;      /* durable and closed: commit only renames */
};

/*
 * What stands at name in dirfd when it is something a new file may not be
 * put in the place of ("a directory", "a FIFO (named pipe)", "a socket", "a
 * device"), or NULL (a regular file, a symbolic link, which is replaced and
 * never followed, or nothing).
 * Opening and committing a file refuse such a place (exit 3), as does the
 * batch for each file it adds.
 */
const char *campaign__not_a_file(int dirfd, const char *name);

int campaign__atomic_open(struct atomic_file *f, int dirfd, const char *name, campaign_diags *diags);
/*
 * Whether name could be written at all, before a long job makes its bytes:
 * the same checks and messages as open and commit (a valid name, a
 * directory that opens and takes a new file, no directory in the way),
 * leaving nothing behind.
 */
int campaign__atomic_check(int dirfd, const char *name, campaign_diags *diags);
int campaign__atomic_commit(struct atomic_file *f, campaign_diags *diags);
/*
 * The first half of commit: makes the temp file durable and closes it, so
 * that a later commit is one rename. A build seals every file of its output
 * set first and renames them together at the end (build/output_set.h).
 * After a failure (reported) the file is discarded.
 */
int campaign__atomic_seal(struct atomic_file *f, campaign_diags *diags);
void campaign__atomic_discard(struct atomic_file *f);

/*
 * fsync()s the directory `name` relative to `dirfd` ("." or NULL for dirfd
 * itself), so the renames made in it survive a crash. `label` names the
 * directory in a diagnostic (NULL: `name`).
 */
int campaign__fsync_dir(int dirfd, const char *name, const char *label, campaign_diags *diags);

/*
 * Removes the temp files a killed writer left in `dirfd`: those of `base`
 * only (".BASE.tmp.*"), or with base NULL every ".*.tmp.*". Call it only
 * under the lock that every writer of those files holds, so none of them
 * belongs to a live writer; base keeps a shared directory's other files
 * (the spec's, beside the ledger) out of it. Failures are ignored: a temp
 * file left is garbage, never a final file.
 */
void campaign__atomic_remove_temps(int dirfd, const char *base);

/* Whether name is one of the temp files above (".NAME.tmp.*"). */
int campaign__atomic_is_temp(const char *name);

/*
 * A batch writes many files into one directory with one flush for all of
 * them: each add writes and closes a temp file; commit flushes the file
 * system once (syncfs), renames every temp file into place and fsyncs the
 * directory. That keeps the guarantee of the single-file call (no final name
 * before its data is durable) without paying one fsync per file, which costs
 * about 0.4 ms here and would dominate writing a thousand small QR images.
 *
 * Names in a batch are plain file names (no '/'); when a name is added
 * twice, the later data wins. Freeing a batch that was not committed removes
 * its temp files and changes nothing else.
 */
struct atomic_batch;

/*
 * `dirfd` is borrowed and must stay open until the batch is freed; `label`
 * (copied, may be NULL) is the directory's name in diagnostics ("out/qr").
 */
int campaign__atomic_batch_new(struct atomic_batch **out, int dirfd, const char *label);
/*
 * A batch for a directory no one else sees yet: one its caller made under a
 * temporary name and renames into place when done. Each add writes the file
 * under its own name, with no temp file and no rename (a rename takes the
 * directory's lock, and was a third of a small file's cost); commit flushes
 * once; rollback and free remove the files not committed. A name added twice
 * is written twice, and rolling back the second add removes the file.
 */
int campaign__atomic_batch_new_private(struct atomic_batch **out, int dirfd, const char *label);
/*
 * For a private batch building the next generation of a directory:
 * `current_fd` is the directory it will replace (borrowed). An add whose
 * bytes are exactly those of the file of the same name there hard-links
 * that file instead of writing it again: nothing to write or flush, and the
 * file keeps its inode and time, so copies (rsync) see it unchanged. A
 * file that cannot be linked (another file system, no hard links) is
 * written.
 */
void campaign__atomic_batch_reuse_from(struct atomic_batch *b, int current_fd);
int campaign__atomic_batch_add(struct atomic_batch *b, const char *name, const void *data,
                               size_t len, campaign_diags *diags);
/* The number of files added and not yet committed. */
size_t campaign__atomic_batch_pending(const struct atomic_batch *b);
/* Removes the pending files added after the first `keep` (undoes a group of adds). */
void campaign__atomic_batch_rollback(struct atomic_batch *b, size_t keep);
/*
 * Makes every pending file durable and visible. On failure the files not yet
 * renamed are removed; files already renamed stay (each is complete).
 */
int campaign__atomic_batch_commit(struct atomic_batch *b, campaign_diags *diags);
void campaign__atomic_batch_free(struct atomic_batch *b);

#endif
