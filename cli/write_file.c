#include "write_file.h"

#include "diag_print.h"
#include "interrupt.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int
fail(const char *cmd, const char *path, const char *why)
{
	(void)cmd;
	cli_error("%s: error: cannot write it: %s\n", *path ? path : "''", why);
	return -1;
}

/* What is at path, when it is not something a new file may replace. */
static const char *
not_replaceable(const char *path)
{
	struct stat st;
	if (lstat(path, &st) != 0)
		return errno == ENOENT ? NULL : strerror(errno);
	/* A link is replaced, never written through, as the library does. */
	if (S_ISREG(st.st_mode) || S_ISLNK(st.st_mode))
		return NULL;
	return S_ISDIR(st.st_mode)    ? "it is a directory"
	       : S_ISFIFO(st.st_mode) ? "it is a FIFO (named pipe), not a regular file"
	                              : "it is a device or socket, not a regular file";
}

int
check_file_destination(const char *cmd, const char *path)
{
	if (!*path)
		return fail(cmd, path, "an empty file name");
	const char *why = not_replaceable(path);
	if (why)
		return fail(cmd, path, why);
	/* The folder it goes into: a mistyped one found now, not after the work. */
	const char *slash = strrchr(path, '/');
	char *dir = slash ? strndup(path, slash == path ? 1 : (size_t)(slash - path)) : strdup(".");
	if (!dir)
		return fail(cmd, path, "out of memory");
	struct stat st;
	int missing = stat(dir, &st) != 0 || !S_ISDIR(st.st_mode);
	int err = missing ? 0 : access(dir, W_OK | X_OK) != 0 ? errno : 0;
	free(dir);
	if (missing)
		return fail(cmd, path, "its folder does not exist");
	if (err)
		return fail(cmd, path, strerror(err));
	return 0;
}

int
write_file_atomically(const char *cmd, const char *path, const void *data, size_t len)
{
	if (!*path)
		return fail(cmd, "''", "an empty file name");
	const char *why = not_replaceable(path);
	if (why)
		return fail(cmd, path, why);
	/*
	 * Named as the library names its temp files, ".NAME.tmp.PID.RAND" beside
	 * the file, so that an interrupt's sweep (interrupt.h) and the next build
	 * know it for what it is.
	 */
	size_t n = strlen(path) + 48;
	char *tmp = malloc(n);
	if (!tmp)
		return fail(cmd, path, "out of memory");
	const char *slash = strrchr(path, '/');
	int dir_len = slash ? (int)(slash - path + 1) : 0;
	snprintf(tmp, n, "%.*s.%s.tmp.%ld.%u", dir_len, path, slash ? slash + 1 : path, (long)getpid(),
	         (unsigned)rand());
	interrupt_watch_file(path);
	int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
	int err = fd < 0 ? errno : 0;
	const unsigned char *p = data;
	for (size_t done = 0; !err && done < len;) {
		ssize_t w = write(fd, p + done, len - done);
		if (w < 0 && errno != EINTR)
			err = errno;
		else if (w > 0)
			done += (size_t)w;
	}
	if (!err && fsync(fd) != 0)
		err = errno;
	if (fd >= 0 && close(fd) != 0 && !err)
		err = errno;
	if (!err && rename(tmp, path) != 0)
		err = errno;
	if (err) {
		if (fd >= 0)
			unlink(tmp);
		free(tmp);
		return fail(cmd, path, strerror(err));
	}
	free(tmp);
	return 0;
}
