/* Every input file is opened here, so that none can block the tool for ever. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "campaign/status.h"
#include "io/open_input.h"

/* Why a file that is not a regular one cannot be read, in the words of the message. */
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

static int
fail(int fd, const char **why)
{
	int e = errno;
	close(fd);
	errno = e;
	*why = strerror(e);
	return -1;
}

int
campaign__open_input_fd(const char *path, const char **why)
{
	return campaign__open_input_at(AT_FDCWD, path, 0, why);
}

int
campaign__open_input_at(int dirfd, const char *name, int flags, const char **why)
{
	const char *ignored;
	if (!why)
		why = &ignored;
	*why = NULL;
	/* O_NOCTTY: a terminal named as an input must not become ours. */
	int fd = openat(dirfd, name, flags | O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd < 0) {
		*why = strerror(errno);
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) != 0)
		return fail(fd, why);
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		*why = not_regular(st.st_mode);
		errno = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
		return -1;
	}
	/*
	 * O_NONBLOCK stays set: reads of a real regular file never wait anyway,
	 * but some kernel files pass for regular ones and block on read
	 * (/proc/kmsg waits for the next kernel message). Such a read fails
	 * with EAGAIN, which the readers report (campaign__read_strerror()).
	 */
	return fd;
}

int
campaign__open_input(const char *path, int *fd, campaign_diags *diags, const char *cited_in,
                     unsigned long line, unsigned long column)
{
	const char *why;
	*fd = campaign__open_input_fd(path, &why);
	if (*fd >= 0)
		return CAMPAIGN_OK;
	/* Name the file where it was cited, so the user sees which line asked for it. */
	if (!cited_in)
		line = column = 0;
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, cited_in ? cited_in : path, line,
	                   column, "cannot read '%s': %s", path, why);
	return CAMPAIGN_EIO;
}

int
campaign__input_exists(const char *path)
{
	int fd = campaign__open_input_fd(path, NULL);
	if (fd >= 0) {
		close(fd);
		return 1;
	}
	return errno != ENOENT;
}

const char *
campaign__not_regular_why(mode_t mode)
{
	return not_regular(mode);
}
