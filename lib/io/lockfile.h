/*
 * Lock files: NAME.lock, held with flock() while a build runs and removed
 * at its end, so a second build stops with a message naming the holder (its
 * pid is written in the file) instead of interleaving its writes with the
 * first. The kernel releases the lock of a build that dies, so a lock left
 * by a killed build is taken over, and a live one is never mistaken for a
 * stale one.
 */
#ifndef CAMPAIGN_UTIL_LOCKFILE_H
#define CAMPAIGN_UTIL_LOCKFILE_H

#include "campaign/diag.h"

struct lockfile {
	int dirfd;        /* borrowed */
	char name[256];
	char label[1024]; /* the lock's path in messages */
	int fd;           /* open while held (only then valid): closing it lets go of the flock */
	int held;
};

/*
 * Takes `name` (a plain file name) in dirfd. label names it in diagnostics.
 * @return CAMPAIGN_OK, or CAMPAIGN_EIO (reported) when another live process
 *         holds it or it cannot be created.
 */
int campaign__lock_acquire(struct lockfile *lock, int dirfd, const char *name, const char *label,
                           campaign_diags *diags);

/* As campaign__lock_acquire(), waiting up to wait_ms for a live holder to let go. */
int campaign__lock_acquire_wait(struct lockfile *lock, int dirfd, const char *name,
                                const char *label, long wait_ms, campaign_diags *diags);

/* Removes the lock file if held. */
void campaign__lock_release(struct lockfile *lock);

#endif
