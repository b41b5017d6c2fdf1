#include "io/file_holds.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io/open_input.h"

int
campaign__file_holds(int dirfd, const char *name, const void *data, size_t len)
{
	int fd = campaign__open_input_at(dirfd, name, O_NOFOLLOW, NULL);
	if (fd < 0)
		return 0;
	const unsigned char *text = data;
	struct stat st;
	int same = fstat(fd, &st) == 0 && (size_t)st.st_size == len;
	unsigned char block[16384];
	for (size_t at = 0; same && at < len;) {
		ssize_t n = read(fd, block, sizeof(block));
		if (n < 0 && errno == EINTR)
			continue;
		same = n > 0 && (size_t)n <= len - at && memcmp(block, text + at, (size_t)n) == 0;
		at += n > 0 ? (size_t)n : 0;
	}
	/* Nothing after the end: the file did not grow while we read it. */
	if (same)
		same = read(fd, block, 1) == 0;
	close(fd);
	return same;
}
