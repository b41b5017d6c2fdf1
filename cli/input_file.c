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
	/* O_NONBLOCK makes the open of a FIFO return at once; it is cleared below. */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd < 0) {
		*why = strerror(errno);
		return NULL;
	}
	struct stat st;
	int status = -1;
	if (fstat(fd, &st) != 0 || (S_ISREG(st.st_mode) && (status = fcntl(fd, F_GETFL)) < 0)) {
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
	if (fcntl(fd, F_SETFL, status & ~O_NONBLOCK) != 0 || !(f = fdopen(fd, "rb"))) {
		*why = strerror(errno);
		close(fd);
	}
	return f;
}
