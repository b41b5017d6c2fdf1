#include "io/lockfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "campaign/status.h"
#include "io/open_input.h"

/* try_acquire's "held by a live process": not a public status, never returned to callers. */
#define CAMPAIGN_EAGAIN_INTERNAL 1

/* The pid written in a lock file, for the message, or 0 when it cannot be read. */
static long
lock_owner(int fd)
{
	char buf[32];
	ssize_t n = pread(fd, buf, sizeof(buf) - 1, 0);
	if (n <= 0)
		return 0;
	buf[n] = '\0';
	char *end;
	long pid = strtol(buf, &end, 10);
	return end != buf && pid > 0 ? pid : 0;
}

static int try_acquire(struct lockfile *lock, int dirfd, const char *name, const char *label,
                       campaign_diags *diags, long *holder);

int
campaign__lock_acquire(struct lockfile *lock, int dirfd, const char *name, const char *label,
                       campaign_diags *diags)
{
	return campaign__lock_acquire_wait(lock, dirfd, name, label, 0, diags);
}

int
campaign__lock_acquire_wait(struct lockfile *lock, int dirfd, const char *name, const char *label,
                            long wait_ms, campaign_diags *diags)
{
	long holder = 0;
	for (long waited = 0;; waited += 50) {
		int rc = try_acquire(lock, dirfd, name, label, diags, &holder);
		if (rc != CAMPAIGN_EAGAIN_INTERNAL)
			return rc;
		if (waited >= wait_ms)
			break;
		struct timespec nap = { 0, 50 * 1000 * 1000 };
		nanosleep(&nap, NULL);
	}
	if (holder)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, lock->label, 0, 0,
		                   "another build is running (process %ld holds this lock); wait for it "
		                   "to finish", holder);
	else
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, lock->label, 0, 0,
		                   "another build is running (it holds this lock); wait for it to finish");
	return CAMPAIGN_EIO;
}

static int
lock_error(struct lockfile *lock, campaign_diags *diags, int fd)
{
	int err = errno;
	if (fd >= 0)
		close(fd);
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, lock->label, 0, 0,
	                   "cannot create the lock file: %s", strerror(err));
	return CAMPAIGN_EIO;
}

/*
 * The lock is an flock() on NAME, which the kernel lets go of when its
 * holder dies however it dies: a killed build's lock is free at once, and a
 * live holder is never mistaken for a dead one (a pid in the file could
 * have been reused by any process since). The pid is written only for the
 * message.
 */
static int
try_acquire(struct lockfile *lock, int dirfd, const char *name, const char *label,
            campaign_diags *diags, long *holder)
{
	memset(lock, 0, sizeof(*lock));
	lock->dirfd = dirfd;
	lock->fd = -1;
	snprintf(lock->name, sizeof(lock->name), "%s", name);
	snprintf(lock->label, sizeof(lock->label), "%s", label ? label : name);
	for (int attempt = 0; attempt < 8; attempt++) {
		/*
		 * Something other than a file at the lock's name (a FIFO, a socket,
		 * a directory, a device) is never opened: it would be taken again
		 * and again, or opened with side effects. Said for what it is.
		 */
		struct stat there;
		if (fstatat(dirfd, name, &there, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISREG(there.st_mode) &&
		    !S_ISLNK(there.st_mode)) {
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, lock->label, 0, 0,
			                   "cannot take the lock: %s; remove it",
			                   campaign__not_regular_why(there.st_mode));
			return CAMPAIGN_EIO;
		}
		int fd = openat(dirfd, name, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
		if (fd < 0 && errno == ELOOP) {
			/* A symbolic link planted at the lock's name: removed, never followed. */
			unlinkat(dirfd, name, 0);
			continue;
		}
		if (fd < 0)
			return lock_error(lock, diags, -1);
		if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
			if (errno != EWOULDBLOCK)
				return lock_error(lock, diags, fd);
			*holder = lock_owner(fd);
			close(fd);
			return CAMPAIGN_EAGAIN_INTERNAL;
		}
		/*
		 * The holder before us removes the file and then lets go, so the
		 * file we locked may no longer be the one at NAME: take that again.
		 */
		struct stat held, named;
		if (fstat(fd, &held) != 0)
			return lock_error(lock, diags, fd);
		if (fstatat(dirfd, name, &named, AT_SYMLINK_NOFOLLOW) != 0 || held.st_dev != named.st_dev ||
		    held.st_ino != named.st_ino || !S_ISREG(held.st_mode)) {
			close(fd);
			continue;
		}
		char pid[32];
		int n = snprintf(pid, sizeof(pid), "%ld\n", (long)getpid());
		if (ftruncate(fd, 0) != 0 || pwrite(fd, pid, (size_t)n, 0) != n) {
			/* Ours while locked: a failed build leaves no lock file behind. */
			int err = errno;
			unlinkat(dirfd, name, 0);
			errno = err;
			return lock_error(lock, diags, fd);
		}
		lock->fd = fd;
		lock->held = 1;
		return CAMPAIGN_OK;
	}
	errno = EAGAIN;
	return lock_error(lock, diags, -1);
}

void
campaign__lock_release(struct lockfile *lock)
{
	/* Removed while still locked, so no one takes a file that is about to go. */
	if (lock->held) {
		unlinkat(lock->dirfd, lock->name, 0);
		close(lock->fd);
	}
	lock->fd = -1;
	lock->held = 0;
}
