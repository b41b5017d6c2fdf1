#include "stale_temps.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

/* lib/io/atomic_file.c keeps at most this much of a name in its temp name. */
#define TEMP_BASE_MAX 200

/*
 * The writer's PID of a temp file of base (".BASE.tmp.PID.RAND", RAND
 * hexadecimal), or 0 when name is not one.
 */
static pid_t
temp_writer(const char *name, const char *base, size_t base_len)
{
	if (name[0] != '.' || strncmp(name + 1, base, base_len) != 0 ||
	    strncmp(name + 1 + base_len, ".tmp.", 5) != 0)
		return 0;
	const char *digits = name + 1 + base_len + 5;
	if (*digits < '1' || *digits > '9')
		return 0;
	char *end;
	errno = 0;
	long pid = strtol(digits, &end, 10);
	if (errno || *end != '.' || pid <= 0 || (pid_t)pid != pid || !end[1])
		return 0;
	for (const char *p = end + 1; *p; p++)
		if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
			return 0;
	return (pid_t)pid;
}

/*
 * How old a temp file must be to go. A writer in another PID namespace or
 * on another machine sharing the folder cannot be seen from here; one that
 * has not touched its file for an hour is taken as gone too. A build's
 * --combine file is written in one pass at its end and renamed soon after.
 */
#define STALE_SECONDS 3600

/* Whether no process of that PID exists (one of another user's still counts as alive). */
static int
writer_gone(pid_t pid)
{
	return pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH;
}

void
remove_stale_temps(const char *path)
{
	if (!path || !*path)
		return;
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	if (!*base)
		return;
	int dirfd = AT_FDCWD;
	if (slash) {
		char *dir = slash == path ? strdup("/") : strndup(path, (size_t)(slash - path));
		if (!dir)
			return;
		dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		free(dir);
	} else {
		dirfd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	}
	if (dirfd < 0)
		return;
	/* fdopendir() takes the descriptor; unlinkat() needs one of its own. */
	int listfd = dup(dirfd);
	DIR *d = listfd >= 0 ? fdopendir(listfd) : NULL;
	if (!d) {
		if (listfd >= 0)
			close(listfd);
		close(dirfd);
		return;
	}
	size_t base_len = strnlen(base, TEMP_BASE_MAX);
	time_t now = time(NULL);
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		pid_t pid = temp_writer(e->d_name, base, base_len);
		struct stat st;
		if (pid && writer_gone(pid) &&
		    fstatat(dirfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode) &&
		    now - st.st_mtime >= STALE_SECONDS)
			unlinkat(dirfd, e->d_name, 0);
	}
	closedir(d);
	close(dirfd);
}
