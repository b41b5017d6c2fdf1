/*
 * Lock files, git style: NAME.lock created with O_CREAT|O_EXCL holds the
 * owner's pid, so a second build stops with a message naming the holder
 * instead of interleaving its writes with the first. A lock whose owner is
 * gone (the build was killed) is taken over.
 */
#ifndef CAMPAIGN_UTIL_LOCKFILE_H
#define CAMPAIGN_UTIL_LOCKFILE_H

#include "campaign/diag.h"

struct lockfile {
	int dirfd;        /* borrowed */
	char name[256];
	char label[1024]; /* the lock's path in messages */
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
