#include "build/file_whole.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* PDF readers look for %%EOF in the last kilobyte (ISO 32000-1, 7.5.5 and its implementations). */
#define TAIL 1024

static int
ends_with(const char *name, const char *ext)
{
	size_t n = strlen(name), m = strlen(ext);
	return n > m && strcmp(name + n - m, ext) == 0;
}

/* The last bytes of the file, up to TAIL, into buf: how many, or -1. */
static ssize_t
read_tail(int dirfd, const char *name, unsigned char *buf)
{
	/* Regular files only, and none that could block: --collect checked they are regular. */
	int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return -1;
	struct stat st;
	ssize_t n = -1;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
		off_t from = st.st_size > TAIL ? st.st_size - TAIL : 0;
		n = pread(fd, buf, (size_t)(st.st_size - from), from);
	}
	close(fd);
	return n;
}

static int
has(const unsigned char *buf, ssize_t n, const char *what)
{
	size_t m = strlen(what);
	for (ssize_t i = n - (ssize_t)m; i >= 0; i--)
		if (memcmp(buf + i, what, m) == 0)
			return 1;
	return 0;
}

const char *
campaign__file_cut_short(int dirfd, const char *name)
{
	static const unsigned char iend[12] = { 0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xAE, 0x42, 0x60, 0x82 };
	unsigned char buf[TAIL];
	int pdf = ends_with(name, ".pdf"), png = ends_with(name, ".png"), svg = ends_with(name, ".svg");
	int jpg = ends_with(name, ".jpg");
	if (!pdf && !png && !svg && !jpg)
		return NULL;
	ssize_t n = read_tail(dirfd, name, buf);
	if (n < 0)
		return "cannot be read";
	if (pdf && !has(buf, n, "%%EOF"))
		return "has no %%EOF at its end";
	if (png && (n < 12 || memcmp(buf + n - 12, iend, 12) != 0))
		return "does not end with its IEND chunk";
	if (jpg && (n < 2 || buf[n - 2] != 0xFF || buf[n - 1] != 0xD9))
		return "does not end with its end-of-image marker";
	if (svg && !has(buf, n, "</svg>"))
		return "does not end with </svg>";
	return NULL;
}
