#include "input_file.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *
not_regular(mode_t mode)
{
	if (S_ISDIR(mode))
		return "it is a directory";
	if (S_ISFIFO(mode))
		return "it is a FIFO (named pipe), not a regular file";
	if (S_ISSOCK(mode))
		return "it is a socket, not a regular file";
	if (S_ISCHR(mode) || S_ISBLK(mode))
		return "it is a device, not a regular file";
	return "it is not a regular file";
}

FILE *
cli_open_input(const char *path, const char **why)
{
	/*
	 * O_NONBLOCK makes the open of a FIFO return at once, and stays set: a
	 * kernel file that passes for a regular one (/proc/kmsg) then fails a
	 * read with EAGAIN instead of waiting for ever.
	 */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd < 0) {
		*why = strerror(errno);
		return NULL;
	}
	struct stat st;
	if (fstat(fd, &st) != 0) {
		*why = strerror(errno);
		close(fd);
		return NULL;
	}
	if (!S_ISREG(st.st_mode)) {
		*why = not_regular(st.st_mode);
		close(fd);
		return NULL;
	}
	FILE *f = NULL;
	if (!(f = fdopen(fd, "rb"))) {
		*why = strerror(errno);
		close(fd);
	}
	return f;
}
