#include "util/lockfile.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "campaign/status.h"

/* try_acquire's "held by a live process": not a public status, never returned to callers. */
#define CAMPAIGN_EAGAIN_INTERNAL 1

/* The pid written in an existing lock, or 0 when it cannot be read. */
static long
lock_owner(int dirfd, const char *name)
{
	int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return 0;
	char buf[32];
	ssize_t n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = '\0';
	char *end;
	long pid = strtol(buf, &end, 10);
	return end != buf && pid > 0 ? pid : 0;
}

/*
 * A zombie answers kill(pid, 0) but holds nothing: in containers whose init
 * does not reap, a killed build stays a zombie forever, so read its state.
 */
static int
is_zombie(long pid)
{
	char path[64], buf[256];
	snprintf(path, sizeof(path), "/proc/%ld/stat", pid);
	FILE *f = fopen(path, "r");
	if (!f)
		return 0;
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	/* "pid (comm) S ...": the state follows the last ')' (comm may hold one). */
	const char *close_paren = strrchr(buf, ')');
	return close_paren && (close_paren[2] == 'Z' || close_paren[2] == 'X');
}

static int
owner_alive(long pid)
{
	if (pid <= 0)
		return 0;
	if (kill((pid_t)pid, 0) != 0 && errno != EPERM)
		return 0;
	return !is_zombie(pid);
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
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, lock->label, 0, 0,
	                   "another build is running (process %ld holds this lock); wait for it to finish",
	                   holder);
	return CAMPAIGN_EIO;
}

static int
try_acquire(struct lockfile *lock, int dirfd, const char *name, const char *label,
            campaign_diags *diags, long *holder)
{
	memset(lock, 0, sizeof(*lock));
	lock->dirfd = dirfd;
	snprintf(lock->name, sizeof(lock->name), "%s", name);
	snprintf(lock->label, sizeof(lock->label), "%s", label ? label : name);
	for (int attempt = 0; attempt < 2; attempt++) {
		int fd = openat(dirfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
		if (fd >= 0) {
			char pid[32];
			int n = snprintf(pid, sizeof(pid), "%ld\n", (long)getpid());
			ssize_t w = write(fd, pid, (size_t)n);
			close(fd);
			if (w != n) {
				unlinkat(dirfd, name, 0);
				break;
			}
			lock->held = 1;
			return CAMPAIGN_OK;
		}
		if (errno != EEXIST)
			break;
		long owner = lock_owner(dirfd, name);
		if (owner_alive(owner)) {
			*holder = owner;
			return CAMPAIGN_EAGAIN_INTERNAL;
		}
		/*
		 * The holder is gone (a killed build), or the lock names nobody: its
		 * writer died between creating and filling it. It protects nothing now.
		 */
		unlinkat(dirfd, name, 0);
	}
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, lock->label, 0, 0,
	                   "cannot create the lock file: %s", strerror(errno));
	return CAMPAIGN_EIO;
}

void
campaign__lock_release(struct lockfile *lock)
{
	if (lock->held)
		unlinkat(lock->dirfd, lock->name, 0);
	lock->held = 0;
}
