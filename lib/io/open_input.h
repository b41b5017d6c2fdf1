/* Opening an input file so that it cannot block (internal). */
#ifndef CAMPAIGN_OPEN_INPUT_H
#define CAMPAIGN_OPEN_INPUT_H

#include <sys/types.h>

#include "campaign/diag.h"

/*
 * Opens path for reading, close-on-exec, as a regular file only. open()
 * on a FIFO waits for a writer, for ever if none comes, and a device can
 * stream without end: the file is opened with O_NONBLOCK (which makes the
 * open itself return at once), checked with fstat on the descriptor (so
 * what is checked is what is read), and only a regular file is kept. It
 * keeps O_NONBLOCK, so a kernel file that passes for a regular one but
 * waits on read (/proc/kmsg) fails with EAGAIN instead of hanging: report
 * it with campaign__read_strerror(). Every reader of an input file opens it here.
 * @return the descriptor; or -1 with errno set (ENOENT only when nothing
 *         is there) and *why set to the reason for a message: "it is a
 *         FIFO (named pipe), not a regular file", "it is a directory", or
 *         strerror(errno).
 */
int campaign__open_input_fd(const char *path, const char **why);

/* The same for name relative to dirfd, with extra open flags (O_NOFOLLOW). */
int campaign__open_input_at(int dirfd, const char *name, int flags, const char **why);

/*
 * The same, reporting a failure at (cited_in, line, column), the place
 * that named the file, or at the path itself when cited_in is NULL:
 * "cannot read 'PATH': WHY", with status CAMPAIGN_EIO (an environment
 * failure: exit 3).
 * @return CAMPAIGN_OK with *fd set, or CAMPAIGN_EIO (*fd is -1).
 */
int campaign__open_input(const char *path, int *fd, campaign_diags *diags, const char *cited_in,
                         unsigned long line, unsigned long column);

/* What a file that is not a regular one is, for a message: "it is a FIFO (named pipe), ...". */
const char *campaign__not_regular_why(mode_t mode);

/*
 * 0 when nothing is at path (open fails with ENOENT), else 1: a file that
 * is there but cannot be read, or is not a regular one, exists, so that
 * its reader reports it instead of the caller taking it for a first build.
 * Never blocks.
 */
int campaign__input_exists(const char *path);

#endif
